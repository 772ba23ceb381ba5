package dev.llmadvisor.hub;

import dev.llmadvisor.hub.HubResult.Kind;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A lookup step that failed, with the user's message in English and Chinese; becomes a {@link HubResult.Failed}. */
final class HubFailure extends RuntimeException {

    final Kind kind;
    final String en;
    final String zh;
    final Duration retryAfter;

    HubFailure(Kind kind, String en, String zh) {
        this(kind, en, zh, null);
    }

    HubFailure(Kind kind, String en, String zh, Duration retryAfter) {
        super(en, null, false, false);
        this.kind = kind;
        this.en = en;
        this.zh = zh;
        this.retryAfter = retryAfter;
    }

    HubResult.Failed toResult(HubRef ref) {
        return new HubResult.Failed(ref, kind, en, zh, Optional.ofNullable(retryAfter));
    }

    static HubResult.Failed disabled(HubRef ref, String reason, String reasonZh) {
        return new HubFailure(Kind.DISABLED,
                "Hub lookups are off (" + reason + "), so only the built-in models are known.",
                "在线查询模型仓库已关闭（" + reasonZh + "），只能使用内置的模型。").toResult(ref);
    }

    static HubFailure notFound(HubRef ref) {
        return new HubFailure(Kind.NOT_FOUND,
                ref.hub().label() + " has no model " + ref.id() + " (or it is private). Check the spelling: ids are org/repo, e.g. Qwen/Qwen2.5-7B-Instruct.",
                ref.hub().labelZh() + " 上找不到模型 " + ref.id() + "（或它是私有仓库）。请检查拼写：格式为 组织/仓库，例如 Qwen/Qwen2.5-7B-Instruct。");
    }

    static HubFailure revisionNotFound(HubRef ref) {
        return new HubFailure(Kind.NOT_FOUND,
                ref.id() + " has no revision " + ref.revisionOrDefault() + " on " + ref.hub().label() + ".",
                ref.hub().labelZh() + " 上的 " + ref.id() + " 没有版本 " + ref.revisionOrDefault() + "。");
    }

    static HubFailure noFile(HubRef ref, String file, List<String> ggufs) {
        String has = ggufs.isEmpty() ? "" : "; its GGUF files: " + String.join(", ", ggufs);
        String hasZh = ggufs.isEmpty() ? "" : "；现有 GGUF 文件：" + String.join("、", ggufs);
        return new HubFailure(Kind.NOT_FOUND, ref.id() + " has no file " + file + has + ".",
                ref.id() + " 中没有文件 " + file + hasZh + "。");
    }

    static HubFailure noQuant(HubRef ref, String quant, List<String> quants) {
        return new HubFailure(Kind.NOT_FOUND,
                ref.id() + " has no GGUF file for " + quant + "; it has " + String.join(", ", quants) + ".",
                ref.id() + " 没有 " + quant + " 的 GGUF 文件；现有：" + String.join("、", quants) + "。");
    }

    static HubFailure gated(HubRef ref, String pageUrl, boolean tokenSet) {
        if (tokenSet) {
            return new HubFailure(Kind.GATED,
                    ref.id() + " is a gated repository and the token in HF_TOKEN has no access to it: request access at "
                            + pageUrl + " (with the account the token belongs to).",
                    ref.id() + " 是受限仓库，HF_TOKEN 中的令牌没有访问权限：请用该令牌所属账号在 " + pageUrl + " 申请访问。");
        }
        return new HubFailure(Kind.GATED,
                ref.id() + " is a gated repository: accept its terms at " + pageUrl
                        + ", then set HF_TOKEN to an access token of that account.",
                ref.id() + " 是受限仓库：请先在 " + pageUrl + " 同意其使用条款，再把该账号的访问令牌设置到环境变量 HF_TOKEN。");
    }

    static HubFailure denied(HubRef ref, int status) {
        return new HubFailure(Kind.GATED,
                ref.hub().label() + " refused access to " + ref.id() + " (HTTP " + status + "): it is private or needs a login.",
                ref.hub().labelZh() + " 拒绝访问 " + ref.id() + "（HTTP " + status + "）：该仓库是私有的或需要登录。");
    }

    static HubFailure rateLimited(String host, Duration retryAfter, boolean tokenSet) {
        String wait = retryAfter == null ? "in a minute" : "in " + Math.max(1, retryAfter.toSeconds()) + " s";
        String waitZh = retryAfter == null ? "一分钟后" : Math.max(1, retryAfter.toSeconds()) + " 秒后";
        return new HubFailure(Kind.RATE_LIMITED,
                host + " is limiting requests (HTTP 429); try again " + wait + "."
                        + (tokenSet ? "" : " Setting HF_TOKEN raises the limit."),
                host + " 限制了请求频率（HTTP 429）；请" + waitZh + "再试。" + (tokenSet ? "" : "设置 HF_TOKEN 可提高限额。"),
                retryAfter);
    }

    static HubFailure timeout(String host, Duration limit) {
        String s = seconds(limit);
        return new HubFailure(Kind.TIMEOUT, host + " did not answer within " + s + " s; try again later.",
                host + " 在 " + s + " 秒内没有响应，请稍后再试。");
    }

    static HubFailure unreachable(String host, String detail) {
        return new HubFailure(Kind.OFFLINE,
                "Cannot reach " + host + " (" + detail + "). In mainland China, set HF_ENDPOINT=https://hf-mirror.com or use a ModelScope link.",
                "无法连接 " + host + "（" + detail + "）。在中国大陆可设置 HF_ENDPOINT=https://hf-mirror.com，或改用魔搭 ModelScope 链接。");
    }

    static HubFailure serverError(String host, int status) {
        return new HubFailure(Kind.OFFLINE, host + " answered with a server error (HTTP " + status + "); try again later.",
                host + " 返回服务器错误（HTTP " + status + "），请稍后再试。");
    }

    static HubFailure malformed(String what, String detail) {
        return new HubFailure(Kind.MALFORMED, what + " is not usable: " + detail,
                what + " 无法使用：" + detail);
    }

    static HubFailure headerTooLarge(String file, long maxBytes) {
        long mb = maxBytes >> 20;
        return new HubFailure(Kind.MALFORMED,
                file + ": the GGUF header and tensor table run past " + mb + " MB, the most that is read of a file (max_header_mb in bot-config/hub.yaml).",
                file + "：GGUF 文件头和张量表超过了 " + mb + " MB，即读取的上限（bot-config/hub.yaml 中的 max_header_mb）。");
    }

    static HubFailure unsupported(HubRef ref, String detail) {
        return new HubFailure(Kind.UNSUPPORTED_ARCH, ref.id() + ": " + detail + ". The sizing core cannot describe this model yet.",
                ref.id() + "：" + detail + "。目前还无法估算这种模型。");
    }

    static HubFailure noModelFiles(HubRef ref) {
        return new HubFailure(Kind.UNSUPPORTED_ARCH,
                ref.id() + " has neither a config.json nor a GGUF file, so there is no architecture to size (an adapter or another kind of repository?).",
                ref.id() + " 既没有 config.json 也没有 GGUF 文件，无法得知模型结构（可能是适配器或其他类型的仓库）。");
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
