package dev.llmadvisor.facts;

/**
 * A chat client or app platform the person runs models through (Open WebUI, SillyTavern, Dify…), named with no engine: it
 * runs no model itself but calls a backend, which the answer is sized for and names.
 *
 * @param name    the client's name as its project writes it
 * @param backend the backend its own documentation sets it up with (Open WebUI: Ollama), or null when it names none
 *                first (then llama.cpp/Ollama, the usual ones)
 */
public record ChatClient(String name, Engine backend) { }
