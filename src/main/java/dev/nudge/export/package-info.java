/**
 * The C program of a network lesson: the same forward pass, backward pass, update and training the lesson computes,
 * written as a short C99 source file a learner can read, compile and run. Pure: text from numbers.
 */
package dev.nudge.export;
