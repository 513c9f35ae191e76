package org.qualitymonth.activity;

/** The five kinds of activity the campaign counts (2017: 61, 65, 30, 12 and 81 national activities). */
public enum ActivityType { IMPROVEMENT, PUBLICITY, RECTIFICATION, INFRASTRUCTURE, MASS }
