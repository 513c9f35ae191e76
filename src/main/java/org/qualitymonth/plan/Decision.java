package org.qualitymonth.plan;

/** What a step on the route does: the submitter submits, reviewers forward, return or accept. */
public enum Decision { SUBMIT, FORWARD, RETURN, ACCEPT }
