package dev.llmadvisor.facts;

/** The kind of machine, as the platform notes of the guidance distinguish them. */
public enum Platform { NVIDIA, AMD, INTEL, APPLE, CPU_ONLY, MIXED, UNKNOWN }
