using System.Collections.Generic;
using Conv;

namespace Conv.Benchmarks;

// Conv layers of networks that are not image classifiers, at their usual input sizes, with bias: super-resolution (ESPCN),
// fast style transfer's 9x9 layers, pix2pix's 4x4 stride-2 discriminator and its one-channel PatchGAN output, a U-Net's
// and DnCNN's few-channel output layers, speech encoders as convolutions over rows of one (Whisper-tiny's 1x3 layers
// over 3000 frames, wav2vec 2.0's 10-tap stride-5 first layer over 16000 samples), YOLOv3's 255-channel head and
// RetinaNet's class head over a non-square feature map, HiFi-GAN's vocoder layers and a Conformer's 31-tap depthwise
// layer over rows of one. Run with CONV_BENCH_SHAPES=tasks (or words of their names).
[Conv2d(1, 64, 5, Padding = 2, InputHeight = 224, InputWidth = 224)] public partial class Task_espcn_1_64_224;
[Conv2d(32, 9, 3, Padding = 1, InputHeight = 224, InputWidth = 224)] public partial class Task_espcn_32_9_224;
[Conv2d(3, 32, 9, Padding = 4, InputHeight = 256, InputWidth = 256)] public partial class Task_style_3_32_256;
[Conv2d(32, 3, 9, Padding = 4, InputHeight = 256, InputWidth = 256)] public partial class Task_style_32_3_256;
[Conv2d(6, 64, 4, Stride = 2, Padding = 1, InputHeight = 256, InputWidth = 256)] public partial class Task_pix2pix_d0;
[Conv2d(64, 128, 4, Stride = 2, Padding = 1, InputHeight = 128, InputWidth = 128)] public partial class Task_pix2pix_d1;
[Conv2d(512, 1, 4, Padding = 1, InputHeight = 31, InputWidth = 31)] public partial class Task_patchgan_out;
[Conv2d(64, 2, 1, InputHeight = 256, InputWidth = 256)] public partial class Task_unet_head;
[Conv2d(64, 1, 3, Padding = 1, InputHeight = 256, InputWidth = 256)] public partial class Task_dncnn_out;
[Conv2d(80, 384, 1, KernelHeight = 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000)] public partial class Task_whisper_conv1;
[Conv2d(384, 384, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000)] public partial class Task_whisper_conv2;
[Conv2d(1, 512, 1, KernelHeight = 1, KernelWidth = 10, StrideHeight = 1, StrideWidth = 5, InputHeight = 1, InputWidth = 16000)] public partial class Task_wav2vec2_conv0;
[Conv2d(512, 512, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, InputHeight = 1, InputWidth = 3199)] public partial class Task_wav2vec2_conv1;
[Conv2d(256, 255, 1, InputHeight = 52, InputWidth = 52)] public partial class Task_yolov3_head;
[Conv2d(256, 720, 3, Padding = 1, InputHeight = 25, InputWidth = 34)] public partial class Task_retinanet_cls;
[Conv2d(80, 512, 1, KernelHeight = 1, KernelWidth = 7, PaddingHeight = 0, PaddingWidth = 3, InputHeight = 1, InputWidth = 1000)] public partial class Task_hifigan_conv_pre;
[Conv2d(128, 128, 1, KernelHeight = 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 3, DilationHeight = 1, DilationWidth = 3, InputHeight = 1, InputWidth = 8000)] public partial class Task_hifigan_resblock;
[Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 256, InputHeight = 1, InputWidth = 1000)] public partial class Task_conformer_dw;

public static class TaskNetworkShapes
{
    public static readonly IReadOnlyDictionary<string, Shape> All = new Dictionary<string, Shape>
    {
        ["espcn 1-64@224 1x224x224*64x1x5x5 p2"] = new("espcn 1-64@224 1x224x224*64x1x5x5 p2", new(1, 64, 5, 5, 224, 224, 1, 1, 2, 2, 1, 1, groups: 1), (w, b) => new Task_espcn_1_64_224(w, b).Forward, (w, b) => new Task_espcn_1_64_224(w, b).Forward),
        ["espcn 32-9@224 32x224x224*9x32x3x3 p1"] = new("espcn 32-9@224 32x224x224*9x32x3x3 p1", new(32, 9, 3, 3, 224, 224, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Task_espcn_32_9_224(w, b).Forward, (w, b) => new Task_espcn_32_9_224(w, b).Forward),
        ["style 3-32@256 3x256x256*32x3x9x9 p4"] = new("style 3-32@256 3x256x256*32x3x9x9 p4", new(3, 32, 9, 9, 256, 256, 1, 1, 4, 4, 1, 1, groups: 1), (w, b) => new Task_style_3_32_256(w, b).Forward, (w, b) => new Task_style_3_32_256(w, b).Forward),
        ["style 32-3@256 32x256x256*3x32x9x9 p4"] = new("style 32-3@256 32x256x256*3x32x9x9 p4", new(32, 3, 9, 9, 256, 256, 1, 1, 4, 4, 1, 1, groups: 1), (w, b) => new Task_style_32_3_256(w, b).Forward, (w, b) => new Task_style_32_3_256(w, b).Forward),
        ["pix2pix d0 6x256x256*64x6x4x4 s2 p1"] = new("pix2pix d0 6x256x256*64x6x4x4 s2 p1", new(6, 64, 4, 4, 256, 256, 2, 2, 1, 1, 1, 1, groups: 1), (w, b) => new Task_pix2pix_d0(w, b).Forward, (w, b) => new Task_pix2pix_d0(w, b).Forward),
        ["pix2pix d1 64x128x128*128x64x4x4 s2 p1"] = new("pix2pix d1 64x128x128*128x64x4x4 s2 p1", new(64, 128, 4, 4, 128, 128, 2, 2, 1, 1, 1, 1, groups: 1), (w, b) => new Task_pix2pix_d1(w, b).Forward, (w, b) => new Task_pix2pix_d1(w, b).Forward),
        ["patchgan out 512x31x31*1x512x4x4 p1"] = new("patchgan out 512x31x31*1x512x4x4 p1", new(512, 1, 4, 4, 31, 31, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Task_patchgan_out(w, b).Forward, (w, b) => new Task_patchgan_out(w, b).Forward),
        ["unet head 64x256x256*2x64x1x1"] = new("unet head 64x256x256*2x64x1x1", new(64, 2, 1, 1, 256, 256, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new Task_unet_head(w, b).Forward, (w, b) => new Task_unet_head(w, b).Forward),
        ["dncnn out 64x256x256*1x64x3x3 p1"] = new("dncnn out 64x256x256*1x64x3x3 p1", new(64, 1, 3, 3, 256, 256, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Task_dncnn_out(w, b).Forward, (w, b) => new Task_dncnn_out(w, b).Forward),
        ["whisper-tiny conv1 80x1x3000*384x80x1x3 p0,1"] = new("whisper-tiny conv1 80x1x3000*384x80x1x3 p0,1", new(80, 384, 1, 3, 1, 3000, 1, 1, 0, 1, 1, 1, groups: 1), (w, b) => new Task_whisper_conv1(w, b).Forward, (w, b) => new Task_whisper_conv1(w, b).Forward),
        ["whisper-tiny conv2 384x1x3000*384x384x1x3 s1,2 p0,1"] = new("whisper-tiny conv2 384x1x3000*384x384x1x3 s1,2 p0,1", new(384, 384, 1, 3, 1, 3000, 1, 2, 0, 1, 1, 1, groups: 1), (w, b) => new Task_whisper_conv2(w, b).Forward, (w, b) => new Task_whisper_conv2(w, b).Forward),
        ["wav2vec2 conv0 1x1x16000*512x1x1x10 s1,5"] = new("wav2vec2 conv0 1x1x16000*512x1x1x10 s1,5", new(1, 512, 1, 10, 1, 16000, 1, 5, 0, 0, 1, 1, groups: 1), (w, b) => new Task_wav2vec2_conv0(w, b).Forward, (w, b) => new Task_wav2vec2_conv0(w, b).Forward),
        ["wav2vec2 conv1 512x1x3199*512x512x1x3 s1,2"] = new("wav2vec2 conv1 512x1x3199*512x512x1x3 s1,2", new(512, 512, 1, 3, 1, 3199, 1, 2, 0, 0, 1, 1, groups: 1), (w, b) => new Task_wav2vec2_conv1(w, b).Forward, (w, b) => new Task_wav2vec2_conv1(w, b).Forward),
        ["yolov3 head 256x52x52*255x256x1x1"] = new("yolov3 head 256x52x52*255x256x1x1", new(256, 255, 1, 1, 52, 52, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new Task_yolov3_head(w, b).Forward, (w, b) => new Task_yolov3_head(w, b).Forward),
        ["retinanet cls 256x25x34*720x256x3x3 p1"] = new("retinanet cls 256x25x34*720x256x3x3 p1", new(256, 720, 3, 3, 25, 34, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Task_retinanet_cls(w, b).Forward, (w, b) => new Task_retinanet_cls(w, b).Forward),
        ["hifigan conv-pre 80x1x1000*512x80x1x7 p0,3"] = new("hifigan conv-pre 80x1x1000*512x80x1x7 p0,3", new(80, 512, 1, 7, 1, 1000, 1, 1, 0, 3, 1, 1, groups: 1), (w, b) => new Task_hifigan_conv_pre(w, b).Forward, (w, b) => new Task_hifigan_conv_pre(w, b).Forward),
        ["hifigan resblock 128x1x8000*128x128x1x3 p0,3 d1,3"] = new("hifigan resblock 128x1x8000*128x128x1x3 p0,3 d1,3", new(128, 128, 1, 3, 1, 8000, 1, 1, 0, 3, 1, 3, groups: 1), (w, b) => new Task_hifigan_resblock(w, b).Forward, (w, b) => new Task_hifigan_resblock(w, b).Forward),
        ["conformer dw 256x1x1000*256x1x1x31 p0,15 g256"] = new("conformer dw 256x1x1000*256x1x1x31 p0,15 g256", new(256, 256, 1, 31, 1, 1000, 1, 1, 0, 15, 1, 1, groups: 256), (w, b) => new Task_conformer_dw(w, b).Forward, (w, b) => new Task_conformer_dw(w, b).Forward),
    };
}
