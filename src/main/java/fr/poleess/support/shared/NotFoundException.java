package fr.poleess.support.shared;

/** Something asked for by reference that does not exist, or that the caller may not see. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
