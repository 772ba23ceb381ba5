package dev.llmadvisor.discord;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.reply.Reply;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link Reply} into what Discord accepts: an embed within every limit, or plain text of at most
 * 2000 characters. Every string is neutralised so it cannot ping: "@everyone"/"@here" get a zero-width
 * space after the "@", and user/role/channel mention syntax is broken the same way. (The messages also
 * carry empty allowed mentions; this is the second lock.)
 */
public final class Render {
    public static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH;            // 256
    public static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH; // 4096
    public static final int FIELD_NAME_MAX = 256;
    public static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH;       // 1024
    public static final int MAX_FIELDS = 25;
    public static final int EMBED_TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;   // 6000
    public static final int MESSAGE_MAX = 2000;

    static final String ZWSP = "\u200B";
    private static final Pattern MASS_MENTION = Pattern.compile("@(?=(?i:everyone|here))");
    private static final Pattern MENTION_SYNTAX = Pattern.compile("<(?=[@#][!&]?\\d|/)");

    private Render() { }

    /** Makes text safe to post: no mass mention, no user/role/channel/command mention syntax. */
    public static String neutralise(String s) {
        if (s == null) return "";
        String t = MASS_MENTION.matcher(s).replaceAll("@" + ZWSP);
        return MENTION_SYNTAX.matcher(t).replaceAll("<" + ZWSP);
    }

    /** Cuts to at most {@code max} chars without splitting a surrogate pair, ending with "…" when cut. */
    public static String truncate(String s, int max) {
        if (s == null) return "";
        if (s.length() <= max) return s;
        if (max <= 1) return max == 1 ? "…" : "";
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "…";
    }

    /** By verdict: runs on the GPU green, only with offload amber, does not run red; otherwise by kind. */
    public static Color colour(Reply.Kind kind, Verdict verdict) {
        if (kind == Reply.Kind.ANSWER && verdict != null) {
            return switch (verdict) {
                case FITS -> new Color(0x2ECC71);
                case OFFLOAD -> new Color(0xE67E22);
                case NO -> new Color(0xE74C3C);
            };
        }
        if (kind == Reply.Kind.ANSWER) return new Color(0x5865F2);
        if (kind == Reply.Kind.ERROR) return new Color(0x95A5A6);
        return colour(kind);
    }

    public static Color colour(Reply.Kind kind) {
        if (kind == null) return new Color(0x5865F2);
        return switch (kind) {
            case ANSWER -> new Color(0x2ECC71);
            case CLARIFY -> new Color(0xF1C40F);
            case HELP -> new Color(0x5865F2);
            case ERROR -> new Color(0xE74C3C);
        };
    }

    /**
     * An answer as one embed: {@link #embed(Reply, boolean)} coloured by its verdict, with what was understood
     * ("Read as: …") as the footer and, when {@code image} is given, that attachment as the picture.
     */
    public static MessageEmbed embed(Answer answer, boolean withReasons, String image) {
        Reply reply = answer.reply();
        String footer = truncate(clean(reply.readAs()), FOOTER_MAX);
        // the footer counts towards the 6000 characters of an embed
        Reply body = new Reply(reply.lang(), reply.kind(), reply.headline(), reply.options(), reply.reasons(), reply.notes());
        MessageEmbed e = embed(body, withReasons, footer.length() + 1);
        EmbedBuilder eb = new EmbedBuilder(e).setColor(colour(reply.kind(), answer.verdict()));
        if (!footer.isBlank()) eb.setFooter(footer);
        if (image != null) eb.setImage("attachment://" + image);
        return eb.build();
    }

    public static final int FOOTER_MAX = 2048;

    /** The reply as one embed: headline as title, options as fields, notes and reasons in the description. */
    public static MessageEmbed embed(Reply reply, boolean withReasons) {
        return embed(reply, withReasons, 0);
    }

    private static MessageEmbed embed(Reply reply, boolean withReasons, int reserved) {
        String headline = clean(reply.headline());
        String title = headline.isBlank() ? ZWSP : truncate(headline, TITLE_MAX);
        int budget = EMBED_TOTAL_MAX - title.length() - reserved;

        StringBuilder desc = new StringBuilder();
        if (headline.length() > TITLE_MAX) desc.append(headline).append("\n\n"); // title was cut: keep it whole here
        for (String n : reply.notes()) desc.append(clean(n)).append('\n');
        if (withReasons && !reply.reasons().isEmpty()) {
            desc.append(reply.lang() == Lang.ZH ? "**理由：**" : "**Why:**").append('\n');
            for (String r : reply.reasons()) desc.append("• ").append(clean(r)).append('\n');
        }
        List<String[]> fields = new ArrayList<>();
        for (Reply.Option o : reply.options()) {
            if (fields.size() == MAX_FIELDS) break;
            String name = truncate(clean(o == null ? "" : o.title()), FIELD_NAME_MAX);
            String value = truncate(clean(o == null ? "" : o.detail() + commands(o)), FIELD_VALUE_MAX);
            fields.add(new String[] {name.isBlank() ? ZWSP : name, value.isBlank() ? ZWSP : value});
        }
        // Fields first (they are the figures), within what is left after the title; the description gets the rest.
        List<String[]> kept = new ArrayList<>();
        for (String[] f : fields) {
            int len = f[0].length() + f[1].length();
            if (len > budget - 1) break;
            kept.add(f);
            budget -= len;
        }
        // neutralise again: joining the parts must not form a mention across a boundary
        String description = truncate(neutralise(desc.toString().strip()), Math.min(DESCRIPTION_MAX, Math.max(0, budget)));

        EmbedBuilder eb = new EmbedBuilder().setTitle(title).setColor(colour(reply.kind()));
        if (!description.isBlank()) eb.setDescription(description);
        for (String[] f : kept) eb.addField(f[0], f[1], false);
        return eb.build();
    }

    /** The reply as plain text of at most 2000 characters (for replies to mentions and DMs). */
    public static String text(Reply reply, boolean withReasons) {
        String readAs = clean(reply.readAs());
        String footer = readAs.isBlank() ? "" : "\n-# " + truncate(readAs.replace('\n', ' '), 300);
        String body = truncate(neutralise(safeText(reply, withReasons)).strip(), MESSAGE_MAX - footer.length());
        return neutralise(body + footer);
    }

    private static String safeText(Reply r, boolean withReasons) {
        // Reply.toText with null-safe pieces
        List<Reply.Option> opts = new ArrayList<>();
        for (Reply.Option o : r.options()) if (o != null) opts.add(new Reply.Option(nn(o.title()), nn(o.detail()), o.commands()));
        List<String> reasons = r.reasons().stream().map(Render::nn).toList();
        List<String> notes = r.notes().stream().map(Render::nn).toList();
        Lang lang = r.lang() == null ? Lang.EN : r.lang();
        String t = new Reply(lang, r.kind(), nn(r.headline()), opts, reasons, notes).toText(withReasons);
        return t.isBlank() ? "…" : t;
    }

    /** The paste-ready commands of an option, one code line each (backticks in them would end the code span). */
    private static String commands(Reply.Option o) {
        StringBuilder sb = new StringBuilder();
        for (var c : o.commands()) {
            if (c != null && c.command() != null) sb.append("\n`").append(c.command().replace('`', '\'')).append('`');
        }
        return sb.toString();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return neutralise(nn(s)).strip();
    }
}
