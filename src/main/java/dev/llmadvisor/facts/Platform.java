package dev.llmadvisor.facts;

/** The kind of machine, as the platform notes of the guidance distinguish them. ASCEND: Huawei Ascend NPUs (CANN). */
public enum Platform { NVIDIA, AMD, INTEL, APPLE, ASCEND, CPU_ONLY, MIXED, UNKNOWN }
