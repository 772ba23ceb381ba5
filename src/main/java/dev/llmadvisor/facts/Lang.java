package dev.llmadvisor.facts;

/** The language a user writes in; replies use the same. */
public enum Lang { EN, ZH }
