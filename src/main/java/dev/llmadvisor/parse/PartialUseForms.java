package dev.llmadvisor.parse;

import java.util.regex.Pattern;

/**
 * Part of the hardware left out, in the words people report it with: part of the VRAM unused ("it only uses half",
 * "uses only 12 of 24 GB", 没有用满) or one card of several doing the work while the others stay out ("the other GPUs
 * stay idle", "everything goes onto GPU 0", "GPU 1 is not used", "only GPU 1 is doing the work", "it only runs on one of
 * my GPUs", "cannot get Ollama to utilize two 3090s", 只有一张卡在工作, 只能用一张卡, 始终用0号显卡, GPU 0并没有参与进来,
 * 只有gpu1进行推理, 只能在0号卡上运行), or the split asked for not done ("not loaded onto both GPUs", 并没有加载到两张卡上).
 * One grammar, read by
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
                    // "it doesn't use both GPUs", "cannot get Ollama to utilize two 3090s", "unable to use all of my cards"
                    + "|(?:doesn'?t|does not|won'?t|will not|can'?t|cannot|can not|unable to|not able to)(?: get (?:[a-z0-9.-]+ ){1,3}to)? (?:use|utili[sz]e)"
                    + " (?:both|all|multiple|two|2|the other|my other|my second) (?:of (?:my|the) )?(?:\\d+ )?(?:gpus?|cards?|[a-z]*\\d{3,4}[a-z]*s)"
                    // a numbered card that is the only one at work ("only GPU 1 is used", "only cuda:0 is doing the work")
                    + "|only (?:on )?" + CARD_EN + " (?:is |was |gets? |got )?(?:being )?(?:used|in use|utili[sz]ed|working|busy|loaded|active|running|doing (?:the |any |all (?:the )?)?work)"
                    // a numbered card left out ("GPU 1 stays idle", "gpu0 is not used", "device 1 doesn't participate", "GPU 0 wasn't being utilized")
                    + "|(?<!only )" + CARD_EN + " (?:is |was |stays |stayed |remains |remained |sits |sat |gets |got )?" + LEFT_OUT_EN
                    + "|" + CARD_EN + " (?:is|was|does|did|do)(?:n'?t| not| never) (?:being |even |really )?(?:used|utili[sz]ed|participat\\w*|take part|do anything|get used|touched)"
                    // the run kept on one card of several ("it only runs on one of my GPUs", "uses just one GPU", "loads onto only one card")
                    + "|(?:only|just) (?:runs?|running|ran|loads?|loaded|works?|working|uses?|using|used|utili[sz](?:es|ing|ed|e)) (?:on |onto |in |with )?(?:one|a single|1) (?:of (?:the|my|its) )?(?:\\d )?(?:gpus?|cards?)"
                    // the cards just named ("I have two 3090s and ollama only uses one of them")
                    + "|(?:only|just) (?:runs? on|loads? (?:on|onto)|uses?|using|used|utili[sz](?:es|ing|ed|e)) one of (?:them|the two|both)"
                    + "|(?:runs?|running|ran|loads?|loaded|uses?|using|used|utili[sz](?:es|ing|ed|e)) (?:on |onto |in |with )?(?:only|just) (?:one|a single|1) (?:of (?:the|my) )?(?:gpus?|cards?)"
                    // one card doing the work while another waits ("why is the 3090 doing most of the work", "the 2080ti is only at
                    // 10%", "one GPU is idle"); the CPU doing most of it is a split with system RAM, read elsewhere
                    + "|(?<!cpu )(?<!cpu is )(?<!cpu was )(?<!cpu seems to be )(?:doing|does|did) (?:most|the bulk|almost all|nearly all) of the (?:work|lifting)"
                    + "|only at (?:[0-9]|[12][0-9]) ?%|(?:one|a|1) (?:gpu|card) (?:is |stays |sits |remains )?idle"
                    // the memory left unused ("a lot of vram not used at all", "GPU memory is never used", "VRAM not fully utilized")
                    + "|(?:vram|gpu memory|video memory) (?:is |was |stays |remains )?(?:not|never) (?:being )?(?:used|fully used|filled|utili[sz]ed)"
                    // the memory in use capped well below the card's ("only 10GB memory used?", "gpu memory can only use up to 19G")
                    + "|only \\d+(?:\\.\\d+)? ?(?:gb|gib|g)? (?:of )?(?:the )?(?:gpu memory|video memory|vram|memory) (?:is |was |gets |being )?(?:used|utili[sz]ed|in use|occupied)"
                    + "|(?:vram|gpu memory|video memory|memory) (?:usage )?(?:can|could) only (?:use|reach|go|get|grow) (?:up )?(?:to )?(?:about |around )?\\d+"
                    + "|not fully utili[sz]\\w*"
                    // the split asked for did not happen ("the model is not loaded onto both GPUs", "it doesn't get split across my cards")
                    + "|(?:not|(?:does|did|do|is|was|are|were|has|have|had|wo|ca)n'?t|never) (?:being |getting |get |been )?(?:loaded|load|split|spread|distributed|sharded|placed)"
                    + " (?:on|onto|across|over|between|into)"
                    + " (?:both|all|the two|the 2|two|2|multiple|several|my) (?:of (?:my|the) )?(?:\\d )?(?:gpus|cards|devices))(?![a-z])"
                    // 24GB的显存只能占用12GB, 显存最多只能用到18g: a cap on the use, not a need (显存只需要12GB) nor a brag (只用了8G显存)
                    + "|显存[^，。,\\n]{0,4}?只(?:能|会)(?:占用|用到|用|使用|利用|分配)了?到?(?:约|大约)?\\d+(?:\\.\\d+)? ?(?:g|gb|gib)(?![a-z])"
                    // the scan writes number words as digits before a measure word: 另一张 is read as 另1张, 两张 as 2张
                    + "|只有第?[1一]块|只(?:能|会)?(?:用|使用|调用|利用)到?了?[1一][张張]|另[1一]张(?:卡)?没|其余.{0,6}(?:未|没)|没有?用满|只用了一半"
                    // 只有一张显卡被占用 / 始终用0号显卡 / 总是运行在第一张卡上 / 另一张……没有被调用 / 7卡被完全放空 / 不能使用多卡
                    + "|只有[1一]张(?:显)?卡(?:被|在)?(?:占用|使用|利用|调用|运行|工作|跑)"
                    + "|(?:始终|总是|一直|都|只)(?:是)?(?:用|使用|调用|在|跑在|运行在|加载到|加载在|放在|占用)了?(?:第[一1]张|第[0一1]块|第0张|0号|[0０]卡|卡0|gpu ?0|cuda:? ?0)"
                    + "|另[1一]张.{0,20}?(?:没有?|未)被?(?:调用|使用|利用|用到|用上|占用)"
                    + "|(?:其他|其余|另外|剩下)的?.{0,6}(?:卡|gpu).{0,6}(?:空闲|放空|闲置|没有?被?(?:用|使用|占用|调用))"
                    + "|(?:卡|gpu).{0,4}被?完全(?:放空|闲置|空闲)"
                    // the split asked for did not happen: 模型并没有加载到两张卡上, 没有分配到多张卡, 未切分到2块显卡
                    + "|(?:没有?|并没有?|未|并未)被?(?:加载|分配|切分|分布|部署|放)(?:到|在)?了?(?:多|2|两|双|所有|全部|各|每)(?:张|块)?(?:显)?(?:卡|gpu)"
                    + "|(?:不能|无法|没法|用不了)(?:同时)?(?:使用|用|调用|利用)?(?:多|两|2|双)(?:张|块)?(?:显)?卡"
                    // a numbered card the only one at work: 只有gpu1进行推理, 只有1号卡在跑, 只有卡0有占用
                    + "|只有 ?" + CARD_ZH + " ?(?:在|有|被)?(?:进行|参与)?(?:推理|工作|运行|跑|计算|占用|使用|调用|在用|负载)"
                    // a numbered card left out: GPU 0确并没有参与进来, 1号卡没有被使用, 卡1未被调用, 第2张卡完全没有占用
                    + "|" + CARD_ZH + "[^，。,.；;\\n]{0,4}?(?:没有?|未|并没有?|并未|完全没有?|根本没有?)(?:被)?(?:参与|使用|利用|用到|用上|调用|占用|工作|运行|加载)"
                    // the run kept on one numbered card: 只能在0号卡上运行, 只会加载到gpu0, 只在卡1上跑
                    + "|只(?:能|会)?(?:在|用|跑在|运行在|加载到|加载在)了?" + CARD_ZH + "(?:上?(?:运行|跑|推理|加载|工作))?");

    /** One card of several, in English: "one of the cards", "the first GPU", "a single device", "GPU 0", "cuda:1". */
    private static final String ONE_EN = "(?:(?:one|a single|the first|the 1st|the main) (?:of (?:the|my) (?:\\d+ )?)?(?:gpus?|cards?|devices?)|" + CARD_EN + ")";
    /** The others of several: "the other 7 GPUs", "the second card", "another one", "none of the other 3 GPUs". */
    private static final String OTHERS_EN = "(?:(?:the |my )?(?:other|remaining|second|rest of the)(?: \\d+)? (?:gpus?|cards?|devices?|ones?)|another(?: (?:gpu|card|device|one))?|the others)";
    /** What the others still have: room, free memory, little in use, nothing loaded. */
    private static final String ROOM_EN = "(?:still )?(?:(?:has|have|had) (?:plenty of |lots of |enough |some |a lot of )?(?:room|space|free (?:memory|vram)|(?:memory|vram) (?:left|free))"
            + "|(?:is|are|was|were|stays?|remains?|sits?) (?:still )?(?:completely |almost |nearly |mostly )?(?:half[- ]?empty|empty|free|idle|unused|barely used|untouched)"
            + "|(?:only|just) (?:have|has|had|use|uses|used|using) (?:about |around )?\\d|(?:ever )?gets? (?:anything|nothing) loaded)";
    /** One card of several running out or full: "OOMs on one of the cards", "the first GPU is out of capacity", "fills up GPU 0". */
    private static final String ONE_FULL_EN = "(?:(?:oom(?:s|ed)?|out of memory|(?:runs?|ran|running) out of (?:memory|vram)|fill(?:s|ed)? up|overflow(?:s|ed)?|max(?:es|ed) out) (?:on |of )?(?:the )?" + ONE_EN
            + "|" + ONE_EN + "(?:'s (?:vram|memory))? (?:is |was |gets? |got )?(?:completely |totally |almost )?(?:full|filled(?: up)?|maxed(?: out)?|out of (?:memory|vram|capacity)|overflow(?:s|ed|ing)?))";
    /** One card of several in Chinese: 第一张卡, 0号卡, 0卡, 卡0, gpu0, 一张卡, 其中一张, 前两张卡 (the scan writes 一 and 两 as digits). */
    private static final String ONE_ZH = "(?:第[一1]张|第[0一1]块|[01]号|[0０]卡|卡 ?[0-9]|gpu ?[0-9]|[一1]张|某[一1]?张|其中[一1]张|前[两2]张)(?:显)?卡?";
    /** Full, out of memory or high against the others: 显存溢出, 爆显存, 占满, 跑满, 不够, 占用很高. */
    private static final String FULL_ZH = "(?:显存)?(?:溢出|爆显存|爆了|爆掉|占满|满了|跑满|吃满|打满|不足|不够|oom|(?:占用)?(?:很高|极高|特别高))";
    /** The others: 其他卡, 其余卡, 另一张卡, 剩下的卡, 后两张卡, or by their numbers (卡1, "1，2"). */
    private static final String OTHERS_ZH = "(?:(?:其他|其余|另[一1]张|另外[一1]?张?|剩下的?|剩余的?|后[两2]张|别的)(?:的)?(?:显)?(?:卡|gpu)?"
            + "|(?:gpu|显卡|卡) ?\\d(?: ?[，,、和] ?\\d)*|\\d(?: ?[，,、和] ?\\d)+(?:号)?(?:显卡|卡|gpu)?)";
    /** What the others have: 还有大量显存, 几乎无占用, 占用极少, 空闲, 显存无变化 (nothing loaded onto them). */
    private static final String ROOM_ZH = "[^。；;！!？?\\n]{0,10}?(?:还有(?:大量|很多|不少|一半)?(?:的)?(?:显存|空间|空余|余量)|(?:几乎|基本)?(?:无|没有?)(?:什么)?占用"
            + "|占用(?:极少|很少|很低|不多)|(?:还)?(?:空闲|空着|闲置)|(?:显存)?(?:占用)?(?:无变化|没有?变化|没变|不变))";

    /**
     * One card of several full or out of memory while the others still have room ("it OOMs on one of the cards while another
     * is still half empty", "the first GPU is out of capacity while the other 7 GPUs only have 810MB used", "the other GPUs
     * are free but GPU 0 runs out of memory", 第一张卡显存溢出，但其他卡还有大量显存, 0卡总是显存溢出，其余卡显存占用极少,
     * 前两张卡跑满，后两张卡几乎无占用); the growth or the model kept on one card ("usage only increased on GPU0", "biases the
     * whole model towards one device"); a split told uneven ("uneven load", "not split evenly", 显存分配不均). A card said
     * full with nothing said of the others is not this: a single card runs out the same way.
     */
    private static final Pattern ONE_FULL_OTHERS_ROOM = Pattern.compile(
            "(?<![a-z])(?:" + ONE_FULL_EN + ")[^\\n]{0,120}?(?<![a-z])" + OTHERS_EN + "[^\\n.;]{0,30}?" + ROOM_EN + "(?![a-z])"
                    + "|(?<![a-z])" + OTHERS_EN + "[^\\n.;]{0,30}?" + ROOM_EN + "[^\\n]{0,60}?(?<![a-z])(?:" + ONE_FULL_EN + ")(?![a-z])"
                    + "|(?<![a-z])(?:usage|memory|vram|it) only (?:increased|increases|grew|grows|went up|goes up|rose|rises) on (?:" + CARD_EN + "|the first (?:gpu|card))"
                    + "|(?<![a-z])(?:bias(?:es|ed)?|skew(?:s|ed)?|push(?:es|ed)?|shift(?:s|ed)?) (?:the (?:whole |entire )?model|(?:most|all) of the (?:model|layers|weights)|everything) (?:on|onto|to|towards?) (?:one|a single|the first) (?:gpu|card|device)(?![a-z])"
                    + "|(?<![a-z])(?:uneven(?:ly)?|unbalanced|imbalanced|lopsided) (?:split|splitting|distribut\\w*|load(?:ing|ed)?|alloca\\w*|spread|vram|memory|usage)(?![a-z])"
                    + "|(?<![a-z])(?:not|isn'?t|wasn'?t|aren'?t|weren'?t) (?:split|distributed|spread|balanced|allocated|loaded) (?:evenly|equally)(?![a-z])"
                    + "|" + ONE_ZH + "[^，。,；;！!？?\\n]{0,10}?" + FULL_ZH + "[^。\\n]{0,30}?" + OTHERS_ZH + ROOM_ZH
                    + "|" + OTHERS_ZH + ROOM_ZH + "[^。\\n]{0,30}?" + ONE_ZH + "[^，。,；;！!？?\\n]{0,10}?" + FULL_ZH
                    + "|(?:显存|负载|gpu|卡)[^，。,\\n]{0,4}?(?:分配|占用|分布|使用)?不(?:均衡|平衡|均匀|均)");

    private PartialUseForms() {
    }

    /** Whether a lower-cased text reports part of the hardware left out (part of the VRAM, or cards of several). */
    public static boolean said(String lowered) {
        return lowered != null && (Prefilter.find(PATTERN, lowered) || Prefilter.find(ONE_FULL_OTHERS_ROOM, lowered));
    }
}
