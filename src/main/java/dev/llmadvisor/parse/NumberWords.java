package dev.llmadvisor.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Writes number words as digits where they count or measure something: "sixteen gigs", "three 3090s", "two
 * nodes", "两张", "八卡", "三个节点", "十万上下文", "3万token". Only before a unit, a counter word or a card, so
 * "统一内存", "一下" and "one of them" stay as they are.
 */
final class NumberWords {

    private NumberWords() { }

    private static final Map<String, Integer> EN = Map.ofEntries(
            entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4), entry("five", 5), entry("six", 6),
            entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10), entry("eleven", 11), entry("twelve", 12),
            entry("thirteen", 13), entry("fourteen", 14), entry("fifteen", 15), entry("sixteen", 16), entry("seventeen", 17),
            entry("eighteen", 18), entry("nineteen", 19), entry("twenty", 20), entry("twenty-four", 24), entry("thirty", 30),
            entry("thirty-two", 32), entry("forty", 40), entry("forty-eight", 48), entry("fifty", 50), entry("sixty", 60),
            entry("sixty-four", 64), entry("seventy", 70), entry("eighty", 80), entry("ninety", 90), entry("hundred", 100));
    /** English number words before something they count or measure. */
    private static final Pattern EN_WORD = Pattern.compile(
            "(?i)(?<![a-z-])(twenty-four|thirty-two|forty-eight|sixty-four|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
                    + "(?= ?(?:gigs?|gigabytes?|gb\\b|tb\\b|gpus?\\b|cards?\\b|graphics cards|nodes?\\b|machines?\\b|servers?\\b|k\\b|thousand"
                    + "|(?:nvidia |rtx |gtx |tesla |amd |radeon )?[a-z]?\\d{2,4}))");
    /** Chinese numerals (一 … 九, 十, 百, 千, 万, 两) before a counter, unit or card. */
    private static final Pattern ZH = Pattern.compile(
            "([零一二两三四五六七八九十百千万]{1,6})(?=(?:张|块|个|台|卡|路|条|根|节点|机|g|gb|k|b|万|亿|bit|位|上下文|tokens?|核|显卡|gpu"
                    + "|(?:nvidia ?|rtx ?|gtx ?|tesla ?)?[a-z]?\\d{2,4}))");
    /** "3万", "1.5万": ten-thousands written with digits. */
    private static final Pattern WAN = Pattern.compile("(\\d{1,3}(?:\\.\\d)?)万");

    static String digits(String s) {
        if (s.isEmpty()) return s;
        StringBuilder out = new StringBuilder();
        Matcher m = EN_WORD.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start()).append(EN.get(m.group(1).toLowerCase(java.util.Locale.ROOT)));
            last = m.end();
        }
        s = out.append(s.substring(last)).toString();
        out.setLength(0);
        m = ZH.matcher(s);
        last = 0;
        while (m.find()) {
            Long v = chinese(m.group(1));
            // "一" alone before 个/张 is "a": keep it a digit only where it counts hardware or measures
            out.append(s, last, m.start());
            // "3090两张": the count's digits must not run into the card's number before it ("30902张")
            if (v != null && m.start() > 0 && Scan.isWordChar(s.charAt(m.start() - 1))) out.append(' ');
            out.append(v == null ? m.group(1) : String.valueOf(v));
            last = m.end();
        }
        s = out.append(s.substring(last)).toString();
        out.setLength(0);
        m = WAN.matcher(s);
        last = 0;
        while (m.find()) {
            long v = Math.round(Double.parseDouble(m.group(1)) * 10000);
            out.append(s, last, m.start()).append(v);
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }

    /** A Chinese numeral up to the ten thousands ("十万" = 100000, "三十二" = 32, "两百" = 200); null if malformed. */
    static Long chinese(String s) {
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> 0;
            };
            if (unit == 0) return null;
            if (unit == 10000) {
                section = (section + Math.max(digit, 0)) * 10000;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        total += section + Math.max(digit, 0);
        return total == 0 && !s.contains("零") ? null : total;
    }
}
