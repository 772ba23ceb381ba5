package dev.llmadvisor.facts;

/** Whether the user cares more about speed or about quality. */
public enum Preference { SPEED, BALANCED, QUALITY }
