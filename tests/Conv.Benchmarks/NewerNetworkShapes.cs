using System.Collections.Generic;
using Conv;

namespace Conv.Benchmarks;

// Conv layers of networks newer than those of MoreNetworkShapes, at their usual input sizes, with bias: ViT-B/16's
// 16x16 stride-16 patch embedding, ConvNeXt-T's 2x2 stride-2 downsampling, DenseNet-121's 128->32 3x3, RegNetY-400MF's
// groups of 8 channels, Xception's and DeepLabV3+'s (dilated) depthwise layers, U-Net at 256x256, YOLOv5s's 6x6 stem and
// YOLOv8n's layers at 640x640 input, Stable Diffusion's U-Net at 64x64 latents, HRNet's 18- and 36-channel branches,
// RepLKNet-31B's large depthwise windows (31x31 at 56x56, 29x29 at 28x28).
// Run with CONV_BENCH_SHAPES=newer (or words of their names).
[Conv2d(3, 768, 16, Stride = 16, InputHeight = 224, InputWidth = 224)] public partial class Newer_vit_b16_patch_embed;
[Conv2d(96, 192, 2, Stride = 2, InputHeight = 56, InputWidth = 56)] public partial class Newer_convnext_t_downsample;
[Conv2d(128, 32, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Newer_densenet121_3x3_56;
[Conv2d(104, 104, 3, Padding = 1, Groups = 13, InputHeight = 28, InputWidth = 28)] public partial class Newer_regnety_400mf_g8_28;
[Conv2d(728, 728, 3, Padding = 1, Groups = 728, InputHeight = 19, InputWidth = 19)] public partial class Newer_xception_dw728_19;
[Conv2d(1024, 1024, 3, Padding = 2, Dilation = 2, Groups = 1024, InputHeight = 14, InputWidth = 14)] public partial class Newer_deeplabv3plus_dw1024_d2_14;
[Conv2d(64, 64, 3, Padding = 1, InputHeight = 256, InputWidth = 256)] public partial class Newer_unet_64_256;
[Conv2d(3, 32, 6, Stride = 2, Padding = 2, InputHeight = 640, InputWidth = 640)] public partial class Newer_yolov5s_stem;
[Conv2d(16, 32, 3, Stride = 2, Padding = 1, InputHeight = 320, InputWidth = 320)] public partial class Newer_yolov8n_16_32_320;
[Conv2d(64, 64, 3, Padding = 1, InputHeight = 80, InputWidth = 80)] public partial class Newer_yolov8n_64_80;
[Conv2d(320, 320, 3, Padding = 1, InputHeight = 64, InputWidth = 64)] public partial class Newer_sd_unet_320_64;
[Conv2d(18, 18, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Newer_hrnet_18_56;
[Conv2d(36, 18, 1, InputHeight = 28, InputWidth = 28)] public partial class Newer_hrnet_fuse_36_18_28;
[Conv2d(18, 36, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Newer_hrnet_down_18_36_56;
[Conv2d(128, 128, 31, Padding = 15, Groups = 128, InputHeight = 56, InputWidth = 56)] public partial class Newer_replknet31b_dw128k31_56;
[Conv2d(256, 256, 29, Padding = 14, Groups = 256, InputHeight = 28, InputWidth = 28)] public partial class Newer_replknet31b_dw256k29_28;

public static class NewerNetworkShapes
{
    public static readonly IReadOnlyDictionary<string, Shape> All = new Dictionary<string, Shape>
    {
        ["vit-b16 patch-embed 3x224x224*768x3x16x16 s16"] = new("vit-b16 patch-embed 3x224x224*768x3x16x16 s16", new(3, 768, 16, 16, 224, 224, 16, 16, 0, 0, 1, 1, groups: 1), (w, b) => new Newer_vit_b16_patch_embed(w, b).Forward, (w, b) => new Newer_vit_b16_patch_embed(w, b).Forward),
        ["convnext-t downsample 96x56x56*192x96x2x2 s2"] = new("convnext-t downsample 96x56x56*192x96x2x2 s2", new(96, 192, 2, 2, 56, 56, 2, 2, 0, 0, 1, 1, groups: 1), (w, b) => new Newer_convnext_t_downsample(w, b).Forward, (w, b) => new Newer_convnext_t_downsample(w, b).Forward),
        ["densenet121 3x3 128x56x56*32x128x3x3 p1"] = new("densenet121 3x3 128x56x56*32x128x3x3 p1", new(128, 32, 3, 3, 56, 56, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_densenet121_3x3_56(w, b).Forward, (w, b) => new Newer_densenet121_3x3_56(w, b).Forward),
        ["regnety-400mf g8 104x28x28*104x8x3x3 p1 g13"] = new("regnety-400mf g8 104x28x28*104x8x3x3 p1 g13", new(104, 104, 3, 3, 28, 28, 1, 1, 1, 1, 1, 1, groups: 13), (w, b) => new Newer_regnety_400mf_g8_28(w, b).Forward, (w, b) => new Newer_regnety_400mf_g8_28(w, b).Forward),
        ["xception dw728@19 728x19x19*728x1x3x3 p1 g728"] = new("xception dw728@19 728x19x19*728x1x3x3 p1 g728", new(728, 728, 3, 3, 19, 19, 1, 1, 1, 1, 1, 1, groups: 728), (w, b) => new Newer_xception_dw728_19(w, b).Forward, (w, b) => new Newer_xception_dw728_19(w, b).Forward),
        ["deeplabv3plus dw1024d2@14 1024x14x14*1024x1x3x3 p2 d2 g1024"] = new("deeplabv3plus dw1024d2@14 1024x14x14*1024x1x3x3 p2 d2 g1024", new(1024, 1024, 3, 3, 14, 14, 1, 1, 2, 2, 2, 2, groups: 1024), (w, b) => new Newer_deeplabv3plus_dw1024_d2_14(w, b).Forward, (w, b) => new Newer_deeplabv3plus_dw1024_d2_14(w, b).Forward),
        ["unet 64@256 64x256x256*64x64x3x3 p1"] = new("unet 64@256 64x256x256*64x64x3x3 p1", new(64, 64, 3, 3, 256, 256, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_unet_64_256(w, b).Forward, (w, b) => new Newer_unet_64_256(w, b).Forward),
        ["yolov5s stem 3x640x640*32x3x6x6 s2 p2"] = new("yolov5s stem 3x640x640*32x3x6x6 s2 p2", new(3, 32, 6, 6, 640, 640, 2, 2, 2, 2, 1, 1, groups: 1), (w, b) => new Newer_yolov5s_stem(w, b).Forward, (w, b) => new Newer_yolov5s_stem(w, b).Forward),
        ["yolov8n 16x320x320*32x16x3x3 s2 p1"] = new("yolov8n 16x320x320*32x16x3x3 s2 p1", new(16, 32, 3, 3, 320, 320, 2, 2, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_yolov8n_16_32_320(w, b).Forward, (w, b) => new Newer_yolov8n_16_32_320(w, b).Forward),
        ["yolov8n 64@80 64x80x80*64x64x3x3 p1"] = new("yolov8n 64@80 64x80x80*64x64x3x3 p1", new(64, 64, 3, 3, 80, 80, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_yolov8n_64_80(w, b).Forward, (w, b) => new Newer_yolov8n_64_80(w, b).Forward),
        ["sd-unet 320@64 320x64x64*320x320x3x3 p1"] = new("sd-unet 320@64 320x64x64*320x320x3x3 p1", new(320, 320, 3, 3, 64, 64, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_sd_unet_320_64(w, b).Forward, (w, b) => new Newer_sd_unet_320_64(w, b).Forward),
        ["hrnet 18@56 18x56x56*18x18x3x3 p1"] = new("hrnet 18@56 18x56x56*18x18x3x3 p1", new(18, 18, 3, 3, 56, 56, 1, 1, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_hrnet_18_56(w, b).Forward, (w, b) => new Newer_hrnet_18_56(w, b).Forward),
        ["hrnet fuse 36x28x28*18x36x1x1"] = new("hrnet fuse 36x28x28*18x36x1x1", new(36, 18, 1, 1, 28, 28, 1, 1, 0, 0, 1, 1, groups: 1), (w, b) => new Newer_hrnet_fuse_36_18_28(w, b).Forward, (w, b) => new Newer_hrnet_fuse_36_18_28(w, b).Forward),
        ["hrnet down 18x56x56*36x18x3x3 s2 p1"] = new("hrnet down 18x56x56*36x18x3x3 s2 p1", new(18, 36, 3, 3, 56, 56, 2, 2, 1, 1, 1, 1, groups: 1), (w, b) => new Newer_hrnet_down_18_36_56(w, b).Forward, (w, b) => new Newer_hrnet_down_18_36_56(w, b).Forward),
        ["replknet-31b dw128k31@56 128x56x56*128x1x31x31 p15 g128"] = new("replknet-31b dw128k31@56 128x56x56*128x1x31x31 p15 g128", new(128, 128, 31, 31, 56, 56, 1, 1, 15, 15, 1, 1, groups: 128), (w, b) => new Newer_replknet31b_dw128k31_56(w, b).Forward, (w, b) => new Newer_replknet31b_dw128k31_56(w, b).Forward),
        ["replknet-31b dw256k29@28 256x28x28*256x1x29x29 p14 g256"] = new("replknet-31b dw256k29@28 256x28x28*256x1x29x29 p14 g256", new(256, 256, 29, 29, 28, 28, 1, 1, 14, 14, 1, 1, groups: 256), (w, b) => new Newer_replknet31b_dw256k29_28(w, b).Forward, (w, b) => new Newer_replknet31b_dw256k29_28(w, b).Forward),
    };
}
