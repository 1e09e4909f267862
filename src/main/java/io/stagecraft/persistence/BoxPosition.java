package io.stagecraft.persistence;

/** Where the user placed a box, in diagram coordinates. */
public record BoxPosition(double x, double y) {}
