package dev.llmadvisor.discord;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One message the bot is about to post, independent of how it goes out (an interaction response, an edit of
 * a deferred response, a reply to a message): text or embeds, buttons and menus, PNG attachments, and whether
 * only the asker sees it. Each send builds fresh request data, since an attachment's stream is read once.
 *
 * @param token the followable answer it shows (for its components and Discord Replies), or null
 */
record Post(String text, List<MessageEmbed> embeds, List<ActionRow> rows, List<Attachment> files, boolean ephemeral,
            String token) {

    /** A PNG with its text alternative (Discord's attachment description, read by screen readers). */
    record Attachment(String name, byte[] png, String alt) { }

    Post {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        rows = rows == null ? List.of() : List.copyOf(rows);
        files = files == null ? List.of() : List.copyOf(files);
    }

    static Post text(String text, boolean ephemeral) {
        return new Post(text, List.of(), List.of(), List.of(), ephemeral, null);
    }

    static Post embed(MessageEmbed e, boolean ephemeral) {
        return new Post(null, List.of(e), List.of(), List.of(), ephemeral, null);
    }

    Post asEphemeral() {
        return new Post(text, embeds, rows, files, true, token);
    }

    private List<FileUpload> uploads() {
        List<FileUpload> out = new ArrayList<>();
        for (Attachment a : files) {
            FileUpload f = FileUpload.fromData(a.png(), a.name());
            if (a.alt() != null && !a.alt().isBlank()) f.setDescription(Render.truncate(a.alt(), 1024));
            out.add(f);
        }
        return out;
    }

    MessageCreateData create() {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (text != null) b.setContent(text);
        if (!embeds.isEmpty()) b.setEmbeds(embeds);
        if (!rows.isEmpty()) b.setComponents(rows);
        if (!files.isEmpty()) b.setFiles(uploads());
        return b.build();
    }

    MessageEditData edit() {
        MessageEditBuilder b = new MessageEditBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .setContent(text == null ? "" : text)
                .setEmbeds(embeds)
                .setComponents(rows)
                .setFiles(uploads());
        return b.build();
    }

    /** The data of an interaction response ({@code type} 4) as JSON, for sending it again without JDA. */
    String callbackJson() {
        DataObject data = DataObject.empty();
        if (text != null) data.put("content", text);
        DataArray es = DataArray.empty();
        for (MessageEmbed e : embeds) es.add(e.toData());
        data.put("embeds", es);
        data.put("allowed_mentions", DataObject.empty().put("parse", DataArray.empty()));
        if (ephemeral) data.put("flags", 64);
        return DataObject.empty().put("type", 4).put("data", data).toString();
    }
}
