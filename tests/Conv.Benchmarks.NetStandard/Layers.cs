using System;
using System.Collections.Generic;
using Conv;

namespace Conv.Benchmarks.NetStandard;

// Network layers of every kind the kernels tell apart (dense 3x3 at stride 1 and 2, 1x1 at stride 1 and 2, depthwise at
// stride 1 and 2, rows of 7 to 112; rows of 7 and 14, which a 16-lane vector overhangs), named as in the benchmark
// project's network shapes.
[Conv2d(128, 128, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class ResNet18Layer2;
[Conv2d(256, 256, 3, Padding = 1, InputHeight = 14, InputWidth = 14)] public partial class ResNet18Layer3;
[Conv2d(64, 128, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class ResNet18Layer2Conv1;
[Conv2d(64, 128, 1, Stride = 2, InputHeight = 56, InputWidth = 56)] public partial class ResNet18Layer2Downsample;
[Conv2d(128, 256, 1, Stride = 2, InputHeight = 28, InputWidth = 28)] public partial class ResNet18Layer3Downsample;
[Conv2d(512, 512, 3, Padding = 1, InputHeight = 7, InputWidth = 7)] public partial class ResNet18Layer4;
[Conv2d(32, 16, 1, InputHeight = 112, InputWidth = 112)] public partial class MobileNetV2Pw32To16;
[Conv2d(144, 144, 3, Padding = 1, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class MobileNetV2Dw144S1;
[Conv2d(192, 192, 3, Stride = 2, Padding = 1, Groups = 192, InputHeight = 28, InputWidth = 28)] public partial class MobileNetV2Dw192S2;
[Conv2d(576, 576, 3, Stride = 2, Padding = 1, Groups = 576, InputHeight = 14, InputWidth = 14)] public partial class MobileNetV2Dw576S2;
[Conv2d(192, 64, 1, InputHeight = 14, InputWidth = 14)] public partial class MobileNetV2Project192To64;
[Conv2d(576, 576, 3, Padding = 1, Groups = 576, InputHeight = 14, InputWidth = 14)] public partial class MobileNetV2Dw576S1;
[Conv2d(960, 960, 3, Padding = 1, Groups = 960, InputHeight = 7, InputWidth = 7)] public partial class MobileNetV2Dw960S1;
[Conv2d(960, 160, 1, InputHeight = 7, InputWidth = 7)] public partial class MobileNetV2Project960To160;

/// <summary>A layer's Forward over one batch item.</summary>
public delegate void LayerForward(ReadOnlySpan<float> input, Span<float> output);

public static class NetStandardLayers
{
    /// <summary>Each layer, by its network shape's name, built from weights and bias.</summary>
    public static readonly IReadOnlyDictionary<string, Func<float[], float[], LayerForward>> All = new Dictionary<string, Func<float[], float[], LayerForward>>
    {
        ["resnet18 layer2 128x28x28*128x128x3x3 p1"] = (w, b) => new ResNet18Layer2(w, b).Forward,
        ["resnet18 layer3 256x14x14*256x256x3x3 p1"] = (w, b) => new ResNet18Layer3(w, b).Forward,
        ["resnet18 layer2.0.conv1 64x56x56*128x64x3x3 s2 p1"] = (w, b) => new ResNet18Layer2Conv1(w, b).Forward,
        ["resnet18 layer2.0.downsample 64x56x56*128x64x1x1 s2"] = (w, b) => new ResNet18Layer2Downsample(w, b).Forward,
        ["resnet18 layer3.0.downsample 128x28x28*256x128x1x1 s2"] = (w, b) => new ResNet18Layer3Downsample(w, b).Forward,
        ["resnet18 layer4 512x7x7*512x512x3x3 p1"] = (w, b) => new ResNet18Layer4(w, b).Forward,
        ["mobilenetv2 pw32-16@112 32x112x112*16x32x1x1"] = (w, b) => new MobileNetV2Pw32To16(w, b).Forward,
        ["mobilenetv2 dw144s1@56 144x56x56*144x1x3x3 p1 g144"] = (w, b) => new MobileNetV2Dw144S1(w, b).Forward,
        ["mobilenetv2 dw192s2@28 192x28x28*192x1x3x3 s2 p1 g192"] = (w, b) => new MobileNetV2Dw192S2(w, b).Forward,
        ["mobilenetv2 dw576s2@14 576x14x14*576x1x3x3 s2 p1 g576"] = (w, b) => new MobileNetV2Dw576S2(w, b).Forward,
        ["mobilenetv2 dw576s1@14 576x14x14*576x1x3x3 p1 g576"] = (w, b) => new MobileNetV2Dw576S1(w, b).Forward,
        ["mobilenetv2 dw960s1@7 960x7x7*960x1x3x3 p1 g960"] = (w, b) => new MobileNetV2Dw960S1(w, b).Forward,
        ["mobilenetv2 project192-64@14 192x14x14*64x192x1x1"] = (w, b) => new MobileNetV2Project192To64(w, b).Forward,
        ["mobilenetv2 project960-160@7 960x7x7*160x960x1x1"] = (w, b) => new MobileNetV2Project960To160(w, b).Forward,
    };
}
