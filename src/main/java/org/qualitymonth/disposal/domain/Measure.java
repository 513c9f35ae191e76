package org.qualitymonth.disposal.domain;

/** What an authority does about a failed product: stop sale, rectification, re-check, transfer of a case to the police. */
public enum Measure { STOP_SALE, RECTIFICATION, RECHECK, CASE_TRANSFER }
