package org.qualitymonth.commendation.domain;

/** Nominations and scoring, then the public notice of the shortlist, then the decision. */
public enum RoundStatus { NOMINATING, NOTICE, DECIDED }
