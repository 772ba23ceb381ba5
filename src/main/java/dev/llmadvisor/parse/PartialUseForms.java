package dev.llmadvisor.parse;

import java.util.regex.Pattern;

/**
 * Part of the hardware left out, in the words people report it with: part of the VRAM unused ("it only uses half",
 * "uses only 12 of 24 GB", 没有用满) or one card of several doing the work while the others stay out ("the other GPUs
 * stay idle", "everything goes onto GPU 0", "GPU 1 is not used", "only GPU 1 is doing the work", "it only runs on one of
 * my GPUs", 只有一张卡在工作, 始终用0号显卡, GPU 0并没有参与进来, 只有gpu1进行推理, 只能在0号卡上运行). One grammar, read by
 * the question parser ({@link ReportSpotter}, as the PARTIAL_VRAM symptom) and by the words around a pasted log
 * ({@code logs.ProseHints}), so the two never keep lists of their own. Forms generated in {@code OneCardUsedFormsTest}.
 *
 * <p>The card of several is named by its index as engines and nvidia-smi number them (GPU 0, gpu1, cuda:0, device 1,
 * card 2, 0号卡, 卡1, 第2张卡); a sentence with such a card and a verb of taking part ("used", "participating",
 * 参与, 调用, 占用, 利用) under a negation, or with "only" before it, reports the card left out. Whether it is a split over
 * several cards is then the rules' business (they need more than one card, {@code 80-diagnosis.drl}).
 */
public final class PartialUseForms {

    /** A card named by its index: "gpu 0", "gpu1", "cuda:0", "device 1", "card #2", "rank 1". */
    private static final String CARD_EN = "(?:gpu|card|cuda|device) ?[:#]? ?\\d";
    /** The Chinese forms of a numbered card: gpu1, 卡1, 显卡 0, 0号卡, 1号显卡, 第2张卡. */
    private static final String CARD_ZH = "(?:(?:gpu|cuda:?|显卡|卡) ?\\d+|\\d+ ?号(?:显)?卡|第[0-9]张(?:显)?卡)";
    /** What a card left out is said to be, in English: not used, idle, not taking part, at 0 %. */
    private static final String LEFT_OUT_EN = "(?:completely |totally |always |still |just )?(?:not being used|not used|never used|unused|idle|untouched|empty"
            + "|not utili[sz]ed|not participating|not taking part|not doing anything|doing nothing|at 0 ?%)";

    private static final Pattern PATTERN = Pattern.compile(
            "(?<![a-z])(?:only (?:uses?|using|utili[sz]es|utili[sz]ing) (?:about )?(?:half|\\d+(?:\\.\\d+)? ?(?:gb)?(?: ?/| out of| of))"
                    // "there is 24 GB of VRAM and Ollama decides to use only 12"
                    + "|(?:uses?|using|utili[sz]es?|utili[sz]ing) only (?:about |around )?(?:half|\\d+(?:\\.\\d+)? ?(?:gb|gib|g)?(?![a-z0-9]|\\.\\d))"
                    + "|(?:second|other) (?:gpu|card)s? (?:is |are )?(?:idle|not used|unused|empty)|only (?:one|the first|1) (?:gpu|card)"
                    + "|only gpu ?0|not (?:using|use) all (?:of )?the (?:available )?vram|refuses to use all"
                    // the card the work stays on ("always loads onto GPU 0"), the cards left out ("the other GPUs stay idle")
                    + "|(?:always|only ever|only|just|everything|all) (?:uses?|using|goes|loads?|loaded|lands|runs?|running) (?:on |onto |to |in )?(?:the first (?:gpu|card)|gpu ?0|cuda:? ?0|device 0)"
                    + "|(?:other|second|remaining|rest of the|spare) (?:gpus?|cards?) (?:stays?|sits?|remains?|is|are|was|were) (?:completely |totally |still )?(?:idle|unused|empty|untouched|not used)"
                    + "|(?:doesn'?t|does not|won'?t|will not|can'?t|cannot|can not) (?:use|utili[sz]e) (?:both|all|multiple|the other|my other|my second) (?:of (?:my|the) )?(?:gpus?|cards?)"
                    // a numbered card that is the only one at work ("only GPU 1 is used", "only cuda:0 is doing the work")
                    + "|only (?:on )?" + CARD_EN + " (?:is |was |gets? |got )?(?:being )?(?:used|in use|utili[sz]ed|working|busy|loaded|active|running|doing (?:the |any |all (?:the )?)?work)"
                    // a numbered card left out ("GPU 1 stays idle", "gpu0 is not used", "device 1 doesn't participate", "GPU 0 wasn't being utilized")
                    + "|(?<!only )" + CARD_EN + " (?:is |was |stays |stayed |remains |remained |sits |sat |gets |got )?" + LEFT_OUT_EN
                    + "|" + CARD_EN + " (?:is|was|does|did|do)(?:n'?t| not| never) (?:being |even |really )?(?:used|utili[sz]ed|participat\\w*|take part|do anything|get used|touched)"
                    // the run kept on one card of several ("it only runs on one of my GPUs", "uses just one GPU", "loads onto only one card")
                    + "|(?:only|just) (?:runs?|running|ran|loads?|loaded|works?|working|uses?|using|used|utili[sz](?:es|ing|ed|e)) (?:on |onto |in |with )?(?:one|a single|1) (?:of (?:the|my|its) )?(?:\\d )?(?:gpus?|cards?)"
                    + "|(?:runs?|running|ran|loads?|loaded|uses?|using|used|utili[sz](?:es|ing|ed|e)) (?:on |onto |in |with )?(?:only|just) (?:one|a single|1) (?:of (?:the|my) )?(?:gpus?|cards?)"
                    // one card doing the work while another waits ("why is the 3090 doing most of the work", "the 2080ti is only at
                    // 10%", "one GPU is idle"); the CPU doing most of it is a split with system RAM, read elsewhere
                    + "|(?<!cpu )(?<!cpu is )(?<!cpu was )(?<!cpu seems to be )(?:doing|does|did) (?:most|the bulk|almost all|nearly all) of the (?:work|lifting)"
                    + "|only at (?:[0-9]|[12][0-9]) ?%|(?:one|a|1) (?:gpu|card) (?:is |stays |sits |remains )?idle"
                    // the memory left unused ("a lot of vram not used at all", "GPU memory is never used", "VRAM not fully utilized")
                    + "|(?:vram|gpu memory|video memory) (?:is |was |stays |remains )?(?:not|never) (?:being )?(?:used|fully used|filled|utili[sz]ed)"
                    + "|not fully utili[sz]\\w*)(?![a-z])"
                    // the scan writes number words as digits before a measure word: 另一张 is read as 另1张, 两张 as 2张
                    + "|只有第?[1一]块|只用了?[1一]张|只用到?了?[1一]张|另[1一]张(?:卡)?没|其余.{0,6}(?:未|没)|没有?用满|只用了一半"
                    // 只有一张显卡被占用 / 始终用0号显卡 / 总是运行在第一张卡上 / 另一张……没有被调用 / 7卡被完全放空 / 不能使用多卡
                    + "|只有[1一]张(?:显)?卡(?:被|在)?(?:占用|使用|利用|调用|运行|工作|跑)"
                    + "|(?:始终|总是|一直|都|只)(?:是)?(?:用|使用|调用|在|跑在|运行在|加载到|加载在|放在|占用)了?(?:第[一1]张|第[0一1]块|第0张|0号|[0０]卡|卡0|gpu ?0|cuda:? ?0)"
                    + "|另[1一]张.{0,20}?(?:没有?|未)被?(?:调用|使用|利用|用到|用上|占用)"
                    + "|(?:其他|其余|另外|剩下)的?.{0,6}(?:卡|gpu).{0,6}(?:空闲|放空|闲置|没有?被?(?:用|使用|占用|调用))"
                    + "|(?:卡|gpu).{0,4}被?完全(?:放空|闲置|空闲)"
                    + "|(?:不能|无法|没法|用不了)(?:同时)?(?:使用|用|调用|利用)?(?:多|两|2|双)(?:张|块)?(?:显)?卡"
                    // a numbered card the only one at work: 只有gpu1进行推理, 只有1号卡在跑, 只有卡0有占用
                    + "|只有 ?" + CARD_ZH + " ?(?:在|有|被)?(?:进行|参与)?(?:推理|工作|运行|跑|计算|占用|使用|调用|在用|负载)"
                    // a numbered card left out: GPU 0确并没有参与进来, 1号卡没有被使用, 卡1未被调用, 第2张卡完全没有占用
                    + "|" + CARD_ZH + "[^，。,.；;\\n]{0,4}?(?:没有?|未|并没有?|并未|完全没有?|根本没有?)(?:被)?(?:参与|使用|利用|用到|用上|调用|占用|工作|运行|加载)"
                    // the run kept on one numbered card: 只能在0号卡上运行, 只会加载到gpu0, 只在卡1上跑
                    + "|只(?:能|会)?(?:在|用|跑在|运行在|加载到|加载在)了?" + CARD_ZH + "(?:上?(?:运行|跑|推理|加载|工作))?");

    private PartialUseForms() {
    }

    /** Whether a lower-cased text reports part of the hardware left out (part of the VRAM, or cards of several). */
    public static boolean said(String lowered) {
        return lowered != null && PATTERN.matcher(lowered).find();
    }
}
