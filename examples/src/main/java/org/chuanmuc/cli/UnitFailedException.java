package org.chuanmuc.cli;

/** Something other than the rules failed while one unit was assessed (out of memory, a bug): the run stops. */
final class UnitFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String unitId;

    UnitFailedException(String unitId, Throwable cause) {
        super("unit " + unitId, cause);
        this.unitId = unitId;
    }

    /** @return the unit being assessed */
    String unitId() {
        return unitId;
    }
}
