package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.SampleDossiers;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attack 8, differential: random guarded rule sets run through the current {@link SessionRunner} (results read from
 * the monitor's list of inserts, handles looked at only after a delete or update) and through
 * {@link Attack8OldRunner}, a verbatim copy of the runner and monitor of 0c74032^ (every live fact of the session,
 * provenance by identity), with the same compiled rules. Each rule set mixes caps (state and party), findings,
 * flags, warnings, {@code TotalScore}, {@code NotRated} and {@code Parameter} inserted in either phase (some twice,
 * some in MVEL, some in an {@code activation-group}), deletes, {@code update}, Java and MVEL {@code modify},
 * delete and re-insert of an equal fact, delete through a {@code from collect} element, deletes of an
 * {@code Officer} and a {@code ProposedRating}, rules of a local folder whose names collide with the base rules'
 * across packages; each runner assesses two units in turn, twice (sessions reused after units with and without
 * deletes). Assessments (rating, reasons with rule and matched facts, flags, warnings, local rules), exceptions and
 * fired rules must be equal. PASSES (800 + 600 seeds tried while attacking: no difference).
 *
 * <p>One difference was found and left out of the generator: with two {@code TotalScore} facts for one officer, the
 * first phase keeps the last one read; the old runner read them in the object store's order (not insertion order,
 * it varied between officers), the new one in insertion order. Not a defect of the new code: the old result was
 * arbitrary; so a phase-2 rule here reads only whether a score is present. {@code -Dattack8.seed}/{@code -Dattack8.count}
 * choose the seeds.
 */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Attack8DifferentialTest {
    static final String[] KINDS = {"cap", "pcap", "finding", "flag", "warning", "score", "notrated", "param"};
    static final String[] LEVELS = {"HOAN_THANH_TOT", "HOAN_THANH", "KHONG_HOAN_THANH"};

    static String insertOf(String kind, String who, String code, Random r) {
        String lvl = "RatingLevel." + LEVELS[r.nextInt(LEVELS.length)];
        return switch (kind) {
            case "cap" -> "insert(RatingCap.state(" + who + ", " + lvl + ", \"" + code + "\", \"cit\", \"m\"));";
            case "pcap" -> "insert(RatingCap.party(" + who + ", " + lvl + ", \"" + code + "\", \"cit\", \"m\"));";
            case "finding" -> "insert(new Finding(" + who + ", FindingKind.NEGATIVE, \"" + code + "\", \"cit\", \"m\"));";
            case "flag" -> "insert(new ReviewFlag(" + who + ", \"" + code + "\", \"m\"));";
            case "warning" -> "insert(new Warning(" + who + ", \"" + code + "\", \"m\"));";
            case "score" -> "insert(new TotalScore(" + who + ", " + r.nextInt(60) + ", " + r.nextInt(40) + ", true));";
            case "notrated" -> "insert(new NotRated(" + who + ", \"" + code + "\", \"m\"));";
            default -> "insert(new Parameter(" + who + ", " + r.nextInt(5) + "));";
        };
    }

    static String typeOf(String kind) {
        return switch (kind) {
            case "cap", "pcap" -> "RatingCap";
            case "finding" -> "Finding";
            case "flag" -> "ReviewFlag";
            case "warning" -> "Warning";
            case "score" -> "TotalScore";
            case "notrated" -> "NotRated";
            default -> "Parameter";
        };
    }

    static String codeField(String kind) {
        return switch (kind) {
            case "cap", "pcap", "finding", "notrated" -> "criterion == \"%s\"";
            case "flag", "warning" -> "code == \"%s\"";
            default -> null;
        };
    }

    static String who(String kind) {
        return kind.equals("param") ? "name" : "officerId";
    }

    static String ruleSet(Random r) {
        StringBuilder b = new StringBuilder("package t" + r.nextInt(3) + ";\nimport org.chuanmuc.model.*;\nimport java.util.List;\n");
        int n = 2 + r.nextInt(5);
        List<String[]> seeds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String kind = KINDS[r.nextInt(KINDS.length)];
            String code = "C" + i;
            seeds.add(new String[] {kind, code});
            String filter = r.nextBoolean() ? "" : "id == \"o" + (1 + r.nextInt(3)) + "\"";
            boolean phase2 = r.nextInt(4) == 0;
            b.append("rule \"S-").append(i).append("\"\n");
            if (r.nextBoolean()) b.append("salience ").append(r.nextInt(20) - 10).append('\n');
            if (phase2) b.append("ruleflow-group \"han-muc\"\n");
            if (r.nextInt(3) == 0) b.append("dialect \"mvel\"\n");
            if (r.nextInt(8) == 0) b.append("activation-group \"ag\"\n");
            b.append("when\n  $o: Officer(").append(filter).append(")\n");
            if (phase2 && r.nextBoolean()) b.append("  ProposedRating(officerId == $o.id, rated == ").append(r.nextBoolean()).append(")\n");
            b.append("then\n  ").append(insertOf(kind, "$o.id()", code, r));
            if (r.nextInt(3) == 0) b.append("\n  ").append(insertOf(kind, "$o.id()", code, r));
            b.append("\nend\n");
        }
        int m = 1 + r.nextInt(4);
        for (int j = 0; j < m; j++) {
            String[] s = seeds.get(r.nextInt(seeds.size()));
            String kind = s[0];
            String cf = codeField(kind);
            String type = typeOf(kind);
            String cond = cf == null ? "" : String.format(cf, s[1]);
            if (r.nextBoolean()) cond += (cond.isEmpty() ? "" : ", ") + who(kind) + " == \"o" + (1 + r.nextInt(3)) + "\"";
            boolean phase2 = r.nextInt(3) == 0;
            int op = r.nextInt(6);
            b.append("rule \"D-").append(j).append("\"\n");
            b.append("salience ").append(-20 + r.nextInt(10)).append('\n');
            if (phase2) b.append("ruleflow-group \"han-muc\"\n");
            switch (op) {
                case 0 -> b.append("when\n  $x: ").append(type).append("(").append(cond).append(")\nthen\n  delete($x);\nend\n");
                case 1 -> b.append("no-loop true\nwhen\n  $x: ").append(type).append("(").append(cond)
                        .append(")\nthen\n  update($x);\nend\n");
                case 2 -> b.append("dialect \"mvel\"\nno-loop true\nwhen\n  $x: ").append(type).append("(").append(cond)
                        .append(")\nthen\n  modify($x) {}\nend\n");
                case 3 -> b.append("when\n  $x: ").append(type).append("(").append(cond).append(")\n  not Warning(code == \"R-").append(j)
                        .append("\", officerId == $x.").append(who(kind)).append(")\nthen\n  retract($x);\n  ")
                        .append(insertOf(kind, "$x." + who(kind) + "()", s[1], r)).append("\n  insert(new Warning($x.")
                        .append(who(kind)).append("(), \"R-").append(j).append("\", \"again\"));\nend\n");
                case 4 -> b.append("no-loop true\nwhen\n  $x: ").append(type).append("(").append(cond)
                        .append(")\nthen\n  modify($x) {}\nend\n");
                default -> b.append("when\n  $o: Officer()\n  $l: List() from collect(").append(type).append("(")
                        .append(cond).append(cond.isEmpty() ? "" : ", ").append(who(kind)).append(" == $o.id))\n  $x: ").append(type)
                        .append("() from $l\nthen\n  delete($x);\nend\n");
            }
        }
        if (r.nextBoolean()) {
            b.append("rule \"P-2 score\"\nruleflow-group \"han-muc\"\nwhen\n  $p: ProposedRating(totalScoreOrMinusOne >= 0)\nthen\n"
                    + "  insert(new Warning($p.officerId(), \"P2\", \"score\"));\nend\n");
        }
        if (r.nextInt(4) == 0) {
            b.append("rule \"P-3 drop\"\nruleflow-group \"han-muc\"\nsalience -50\nwhen\n  $p: ProposedRating(officerId == \"o2\")\nthen\n  delete($p);\nend\n");
        }
        if (r.nextInt(4) == 0) {
            b.append("rule \"P-4 drop officer\"\nsalience -50\nwhen\n  $o: Officer(id == \"o1\")\nthen\n  delete($o);\nend\n");
        }
        return b.toString();
    }

    static String localSet(Random r) {
        StringBuilder b = new StringBuilder("package loc" + r.nextInt(2) + ";\nimport org.chuanmuc.model.*;\n");
        int n = r.nextInt(4);
        String[] kinds = {"cap", "pcap", "finding", "flag", "warning"};
        for (int i = 0; i < n; i++) {
            String kind = kinds[r.nextInt(kinds.length)];
            b.append("rule \"S-").append(i).append("\"\n");
            if (r.nextInt(3) == 0) b.append("ruleflow-group \"han-muc\"\n");
            b.append("when\n");
            if (r.nextBoolean()) {
                b.append("  $f: ").append(r.nextBoolean() ? "Warning" : "RatingCap").append("(officerId == \"o").append(1 + r.nextInt(3))
                        .append("\")\n  $o: Officer(id == $f.officerId)\n");
            } else {
                b.append("  $o: Officer()\n");
            }
            b.append("then\n  ").append(insertOf(kind, "$o.id()", "L" + i, r)).append("\nend\n");
        }
        return b.toString();
    }

    static String outcome(java.util.function.Supplier<List<Assessment>> run) {
        try {
            return String.valueOf(run.get());
        } catch (RuntimeException e) {
            return "EXC " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void oldAndNewCollectionAgree() {
        List<Dossier> b1 = List.of(SampleDossiers.plain("o1"), SampleDossiers.plain("o2"), SampleDossiers.busy("o3"));
        List<Dossier> b2 = List.of(SampleDossiers.busy("o1"), SampleDossiers.plain("o3"));
        int tried = 0, refused = 0, differ = 0, exc = 0, ok = 0, withLocal = 0;
        long seed0 = Long.getLong("attack8.seed", 1L);
        int count = Integer.getInteger("attack8.count", 150);
        for (long seed = seed0; seed < seed0 + count; seed++) {
            String drl = ruleSet(new Random(seed));
            CompiledRules rules;
            try {
                Random lr = new Random(seed * 31 + 7);
                String local = localSet(lr);
                drl = drl + "\n// LOCAL\n" + local;
                rules = RuleCompiler.compile(new RuleInput(List.of(RuleSource.drl("f.drl", drl.substring(0, drl.indexOf("\n// LOCAL\n")))),
                        List.of(new RuleInput.LocalFolder("loc", List.of(RuleSource.drl("loc/l.drl", local)))), List.of()), "x", "0");
            } catch (RuleCompilationException e) {
                refused++;
                if (refused < 4) System.out.println("REFUSED " + seed + " " + e.diagnostics());
                continue;
            }
            tried++;
            SessionRunner now = new SessionRunner(rules, List.of(), 200, Duration.ofSeconds(30));
            Attack8OldRunner old = new Attack8OldRunner(rules, List.of(), 200, Duration.ofSeconds(30));
            for (List<Dossier> batch : List.of(b1, b2, b1, b2)) {
                Set<String> fn = new TreeSet<>();
                Set<String> fo = new TreeSet<>();
                String n = outcome(() -> now.run(batch, fn::addAll));
                String o = outcome(() -> old.run(batch, fo::addAll));
                if (n.startsWith("EXC")) exc++; else if (n.contains("localRules=[S") || n.contains("localRules=[")) ok++;
                if (n.contains("localRules=[S")) withLocal++;
                if (!n.equals(o) || !fn.equals(fo)) {
                    differ++;
                    System.out.println("DIFF seed " + seed + "\n" + drl + "\nNEW " + n + " " + fn + "\nOLD " + o + " " + fo);
                    break;
                }
            }
        }
        System.out.println("exc " + exc + " ok " + ok + " withLocal " + withLocal + " tried " + tried + " refused " + refused + " differ " + differ);
        assertThat(differ).isZero();
    }
}
