package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run told as working, generated over the parts of the grammar in {@link ReportSpotter#RUN_TOLD}: a verb of running
 * with an optional hedge-free adverb and a manner word, a quant said to fit the card, having got it running, a speed
 * called fast; in Chinese a trial that ran, a run that succeeded, a run (or a service started, 拉起) with a "but" after it,
 * a fast speed and a measured answer time. The same words
 * asked, wished, negated or said of a model to pick are no run.
 */
class RunToldFormsTest {

    private static boolean works(String text) {
        return PARSER.parseOrThrow(text).report().works();
    }

    @Test
    void aVerbOfRunningWithAMannerWordIsARunTold() {
        int n = 0;
        for (String subject : List.of("the model", "mistral 7b", "it", "qwen2.5 14b on my 3060"))
            for (String verb : List.of("runs", "is running", "loads", "worked", "is generating"))
                for (String adverb : List.of("", "seemingly ", "pretty "))
                    for (String manner : List.of("normally", "smoothly", "fine", "without any issues")) {
                        String q = subject + " " + verb + " " + adverb + manner + ", but the whole desktop freezes while it answers";
                        assertThat(works(q)).as(q).isTrue();
                        n++;
                    }
        assertThat(n).isGreaterThan(200);
    }

    @Test
    void aQuantSaidToFitTheCardIsARunTold() {
        for (String what : List.of("the 2.3bpw version", "the Q4_K_M file", "the 4-bit quant", "it"))
            for (String where : List.of("into 24GB", "in my VRAM", "on one card", "in 16 gb", "into the GPU", "into my RTX 3090"))
                for (String verb : List.of("fits", "fitted")) {
                    String q = what + " " + verb + " " + where + ", but then I get another error.";
                    assertThat(works(q)).as(q).isTrue();
                }
    }

    @Test
    void gettingItRunningIsARunTold() {
        for (String q : List.of("I was able to run it on my 3090 after updating the driver, but the output is garbage",
                "I managed to get it working on two P40s, though it crashes on long prompts",
                "we got it running on an A100 yesterday", "the server is up and running on my 4090, yet every answer is empty",
                "Generation is very fast with the 8B, the 70B is another story"))
            assertThat(works(q)).as(q).isTrue();
    }

    @Test
    void aChineseTrialOrSuccessThatRanIsARunTold() {
        int n = 0;
        for (String trial : List.of("试了", "实测", "亲测", "测试了一下，", "已经"))
            for (String can : List.of("可以", "能", "可以正常"))
                for (String verb : List.of("运行", "跑", "推理", "部署")) {
                    String q = "我的4090 24G，" + trial + can + verb + "，但是输出几次以后显存就满了";
                    assertThat(works(q)).as(q).isTrue();
                    n++;
                }
        for (String q : List.of("模型成功运行了，就是回答很短", "部署成功，但是显存占用很高", "加载成功以后第一次推理很慢",
                "bf16模型速度很快，int4反而慢", "推理时间大概3秒多，换成int4要10秒以上", "单条请求耗时约8秒"))
            assertThat(works(q)).as(q).isTrue();
        assertThat(n).isEqualTo(60);
    }

    @Test
    void theSameWordsAskedWishedNegatedOrOfAModelToPickAreNoRun() {
        for (String q : List.of("does it run smoothly on a 3060?", "which model fits in my 12GB card?", "what model runs smoothly on 8gb of vram?",
                "it doesn't fit into 24GB", "the model does not run normally on my 4090", "can it fit into 24GB with 8k context?",
                "will qwen 14b run smoothly on my 4060?", "should the Q4 fit in 16 gb?",
                "试了可以运行吗？", "能否正常运行？", "如何让速度很快", "推荐一个速度快的模型", "没成功运行，报错了", "部署能成功吗"))
            assertThat(works(q)).as(q).isFalse();
    }

    @Test
    void givenAChineseRunToldWithAButAfterIt_thenItIsARunTold() {
        int n = 0;
        for (String setup : List.of("直接将数据类型转换为 float16 ", "四张1080Ti上", "用llama.cpp "))
            for (String can : List.of("可以", "能", "可以正常"))
                for (String verb : List.of("运行", "跑", "推理", "加载"))
                    for (String but : List.of("，但是结果和demo相差甚远", ",不过很慢", "，可是输出全是乱码", "，只是显存占用很高")) {
                        String q = setup + can + verb + but;
                        assertThat(works(q)).as(q).isTrue();
                        n++;
                    }
        assertThat(n).isEqualTo(144);
    }

    @Test
    void givenTheSameWordsNegatedAskedOrWithoutABut_thenNoRun() {
        for (String q : List.of("不能运行，但是别人的可以", "四张1080Ti上不可以运行，但是一张3090就可以", "没能跑，不过日志里没有报错",
                "能运行吗，但是显存只有8G", "是否可以运行，但是要量化", "如果能跑，但是很慢也没关系", "能跑多大的模型，但是要便宜",
                "可以运行的模型有哪些", "能跑吗？"))
            assertThat(works(q)).as(q).isFalse();
    }

    @Test
    void givenAChineseRunToldWithTheCommaBeforeItsButLeftOut_thenItIsARunTold() {
        int n = 0;
        for (String can : List.of("可以", "能"))
            for (String verb : List.of("运行", "跑", "拉起", "拉"))
                for (String but : List.of("但TP8报OOM", "但是输出全是乱码", "，但是显存占用很高")) {
                    String q = "其它参数相同，TP4" + can + verb + but;
                    assertThat(works(q)).as(q).isTrue();
                    n++;
                }
        assertThat(n).isEqualTo(24);
        for (String q : List.of("不能拉起但是日志没有报错", "能拉起吗但是显存只有8G", "是否可以拉起但要量化", "服务拉不起来，报OOM"))
            assertThat(works(q)).as(q).isFalse();
    }

    @Test
    void aRunThatStartsOnlyOnceASettingIsLoweredIsARunTold() {
        int n = 0;
        for (String setting : List.of("--max-model-len 4096", "gpu-memory-utilization to 0.8", "the context to 8k"))
            for (String form : List.of("it only starts when I set %s", "the server starts only if we lower %s",
                    "I had to reduce %s to get it to load", "we have to set %s for it to start")) {
                String q = String.format(form, setting) + ", and then it answers slowly on my two T4s";
                assertThat(works(q)).as(q).isTrue();
                n++;
            }
        for (String setting : List.of("max_model_len=20000", "4096的上下文", "0.8"))
            for (String form : List.of("只能设置%s才能启动", "只有把它改成%s才能正常运行", "只好调到%s才跑起来")) {
                String q = "两张T4共32G显存，" + String.format(form, setting) + "，之后显存一直增长";
                assertThat(works(q)).as(q).isTrue();
                n++;
            }
        assertThat(n).isEqualTo(21);
    }

    @Test
    void aSettingAskedOrRequiredWithoutARunIsNoRun() {
        for (String q : List.of("does it only start if I set --max-model-len 4096?", "it would only run if I lower the context",
                "you have to set --max-model-len for it to start", "需要设置max_model_len才能启动吗？", "要多大显存才能启动",
                "需要两张卡才能运行", "必须设置成fp16才能加载吗"))
            assertThat(works(q)).as(q).isFalse();
    }
}
