package se.markdna.domain.sprayer;

/** How a due date stands against today and the warning horizon. */
public enum DueState {
    OK,
    DUE_SOON,
    OVERDUE
}
