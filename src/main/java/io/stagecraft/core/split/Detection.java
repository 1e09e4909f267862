package io.stagecraft.core.split;

/**
 * The ecosystem of a stage and what gave it away.
 *
 * @param evidence a sentence for the user
 * @param line the line of the evidence, or 0
 * @param staticBinary for C/C++, true when every program is linked statically
 */
public record Detection(Ecosystem ecosystem, String evidence, int line, boolean staticBinary) {}
