/**
 * The runtime's base: seeds and normal draws that make every result bit-identical, input checks
 * ({@link org.nucleiml.Checks}, {@link org.nucleiml.InvalidParameterException}), the failure types
 * front ends map ({@link org.nucleiml.GateFailedException}), progress and the runtime version. Every
 * other package may import it; it imports only {@code files}.
 */
package org.nucleiml;
