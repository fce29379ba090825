/**
 * Emulator validation against the solver: classifier and regressor metrics, Jensen-Shannon distribution
 * agreement, and gates that fail a build. Writing reports lives in {@code validation.report}.
 */
package org.nucleiml.validation;
