package io.stagecraft.layout;

/**
 * One instruction as listed in a stage box.
 *
 * @param position the instruction's position in its stage (0 is the FROM)
 * @param keyword the instruction name in upper case
 * @param argument a short form of its arguments, cut to fit the box
 * @param line 1-based line of the instruction
 */
public record InstructionRow(int position, String keyword, String argument, int line) {}
