package io.devopstrack.projects.hook;

public class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(long max) {
        super("The body is larger than " + max + " bytes.");
    }
}
