package org.example.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.ResultWriter;

/** What an application of a personnel department does with chuanmuc, through the public API only. */
public final class YearlyRating {
    private final Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
    private final DossierReader reader = DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes());

    /**
     * Assesses a dossier file with the standard criteria and writes the results.
     *
     * @param dossierFile the dossiers
     * @param resultsFile where to write the results
     * @throws IOException when a file cannot be written
     */
    public void assess(Path dossierFile, Path resultsFile) throws IOException {
        DossierFile file = reader.read(dossierFile);
        AssessmentReport report = standard.assessAll(file.dossiers());
        try (OutputStream out = Files.newOutputStream(resultsFile);
             ResultWriter writer = ResultWriter.to(out, file.period(), standard.ruleSet())) {
            writer.write(report);
            writer.reject(file.rejected());
            writer.finish();
        }
    }

    /**
     * What-if: the standard criteria against a copy written to a folder, as policy staff would edit it.
     *
     * @param folder      where to write the copy
     * @param dossierFile the dossiers to compare on
     * @return the comparison
     */
    public RuleSetComparison.Report compareWithCopy(Path folder, Path dossierFile) {
        StandardCriteria.writeTo(folder);
        Assessor copy = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();
        return RuleSetComparison.compare(standard, copy, reader.read(dossierFile).dossiers());
    }

    /**
     * @param args the dossier file and the results file
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        new YearlyRating().assess(Path.of(args[0]), Path.of(args[1]));
    }
}
