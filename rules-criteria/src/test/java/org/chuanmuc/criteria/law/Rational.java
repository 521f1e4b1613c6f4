package org.chuanmuc.criteria.law;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction, so that the oracle compares points and shares at the decree's boundaries (50, 70, 90
 * points; 50% of tasks; 20% of those rated tốt) without floating-point error.
 *
 * @param num numerator
 * @param den denominator, always positive; the fraction is kept in lowest terms
 */
record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {
    static final Rational ZERO = of(0, 1);

    Rational {
        if (den.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Rational of(long num, long den) {
        return new Rational(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /**
     * The decimal a person wrote in the dossier: a double read from JSON (e.g. {@code 19.9}) stands for the
     * shortest decimal that prints as it, not for its binary approximation.
     */
    static Rational ofDecimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        return d.scale() > 0
                ? new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new Rational(d.toBigIntegerExact(), BigInteger.ONE);
    }

    Rational plus(Rational o) {
        return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rational minus(Rational o) {
        return plus(new Rational(o.num.negate(), o.den));
    }

    Rational times(Rational o) {
        return new Rational(num.multiply(o.num), den.multiply(o.den));
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    boolean lessThan(Rational o) {
        return compareTo(o) < 0;
    }

    /** @return a short decimal rendering for messages, e.g. {@code 49,99} (Vietnamese decimal comma) */
    String show() {
        BigDecimal d = new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64);
        BigDecimal r = d.setScale(Math.min(Math.max(d.stripTrailingZeros().scale(), 0), 4), java.math.RoundingMode.HALF_EVEN);
        String s = r.stripTrailingZeros().toPlainString();
        boolean exact = new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).compareTo(r) == 0;
        return (exact ? "" : "≈") + s.replace('.', ',');
    }
}
