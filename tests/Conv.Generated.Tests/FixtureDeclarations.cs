// Written by declare_fixtures.py from tests/fixtures/conv2d: every case declared as a user would.
using System.Collections.Generic;
using Conv;

namespace Conv.Generated.Tests.Declared;

[Conv2d(2, 4, 3, InputHeight = 12, InputWidth = 12)]
public partial class ChainOfThreeLayer1 : ILayer;

[Conv2d(4, 4, 3, InputHeight = 10, InputWidth = 10)]
public partial class ChainOfThreeLayer2 : ILayer;

[Conv2d(4, 3, 1, InputHeight = 8, InputWidth = 8)]
public partial class ChainOfThreeLayer3 : ILayer;

[Composite(typeof(ChainOfThreeLayer1), typeof(ChainOfThreeLayer2), typeof(ChainOfThreeLayer3))]
public partial class ChainOfThree : ILayer;

[Conv2d(3, 5, 3, InputHeight = 8, InputWidth = 8, Padding = 1, PaddingMode = PaddingMode.Circular)]
public partial class Circular : ILayer;

[Conv2d(3, 5, 3, InputHeight = 8, InputWidth = 8, Padding = 1, PaddingMode = PaddingMode.Circular)]
public partial class CircularSameLayer1 : ILayer;

[Conv2d(5, 2, 3, InputHeight = 8, InputWidth = 8, Padding = 1, PaddingMode = PaddingMode.Circular)]
public partial class CircularSameLayer2 : ILayer;

[Composite(typeof(CircularSameLayer1), typeof(CircularSameLayer2))]
public partial class CircularSame : ILayer;

[Conv2d(6, 6, 5, InputHeight = 11, InputWidth = 11, Padding = 2, Groups = 6)]
public partial class DepthwiseK5 : ILayer;

[Conv2d(6, 6, 3, InputHeight = 9, InputWidth = 9, Groups = 6)]
public partial class DepthwiseThenPointwiseLayer1 : ILayer;

[Conv2d(6, 10, 1, InputHeight = 7, InputWidth = 7)]
public partial class DepthwiseThenPointwiseLayer2 : ILayer;

[Composite(typeof(DepthwiseThenPointwiseLayer1), typeof(DepthwiseThenPointwiseLayer2))]
public partial class DepthwiseThenPointwise : ILayer;

[Conv2d(3, 4, 3, InputHeight = 12, InputWidth = 12, Dilation = 2)]
public partial class DilatedFirstLayer1 : ILayer;

[Conv2d(4, 2, 3, InputHeight = 8, InputWidth = 8)]
public partial class DilatedFirstLayer2 : ILayer;

[Composite(typeof(DilatedFirstLayer1), typeof(DilatedFirstLayer2))]
public partial class DilatedFirst : ILayer;

[Conv2d(5, 6, 3, InputHeight = 12, InputWidth = 10, Padding = 2, Dilation = 2)]
public partial class Dilation2NonsquareInput : ILayer;

[Conv2d(4, 8, 3, InputHeight = 9, InputWidth = 9, Groups = 2)]
public partial class Groups2ThenGroups2Layer1 : ILayer;

[Conv2d(8, 6, 3, InputHeight = 7, InputWidth = 7, Groups = 2)]
public partial class Groups2ThenGroups2Layer2 : ILayer;

[Composite(typeof(Groups2ThenGroups2Layer1), typeof(Groups2ThenGroups2Layer2))]
public partial class Groups2ThenGroups2 : ILayer;

[Conv2d(8, 12, 3, InputHeight = 9, InputWidth = 9, Padding = 1, Groups = 4)]
public partial class Groups4 : ILayer;

[Conv2d(3, 4, 1, InputHeight = 6, InputWidth = 8, KernelHeight = 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 1)]
public partial class Kernel1x3Pad0x1 : ILayer;

[Conv2d(16, 8, 1, InputHeight = 5, InputWidth = 5, Bias = false)]
public partial class NoBias1x1 : ILayer;

[Conv2d(8, 4, 1, InputHeight = 9, InputWidth = 9)]
public partial class PointwiseThen3x3Layer1 : ILayer;

[Conv2d(4, 8, 3, InputHeight = 9, InputWidth = 9, Padding = 1)]
public partial class PointwiseThen3x3Layer2 : ILayer;

[Composite(typeof(PointwiseThen3x3Layer1), typeof(PointwiseThen3x3Layer2))]
public partial class PointwiseThen3x3 : ILayer;

[Conv2d(3, 5, 3, InputHeight = 8, InputWidth = 8, Padding = 1, PaddingMode = PaddingMode.Reflect)]
public partial class Reflect : ILayer;

[Conv2d(3, 5, 3, InputHeight = 8, InputWidth = 8, Padding = 2, PaddingMode = PaddingMode.Replicate)]
public partial class Replicate : ILayer;

[Conv2d(3, 6, 3, InputHeight = 10, InputWidth = 10, Padding = 1)]
public partial class SameSameLayer1 : ILayer;

[Conv2d(6, 4, 3, InputHeight = 10, InputWidth = 10, Padding = 1)]
public partial class SameSameLayer2 : ILayer;

[Composite(typeof(SameSameLayer1), typeof(SameSameLayer2))]
public partial class SameSame : ILayer;

[Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7, Padding = 2, Bias = false)]
public partial class SeedFirst : ILayer;

[Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7, Padding = 2, Bias = false)]
public partial class SeedFullPaddingNoBiasLayer1 : ILayer;

[Conv2d(7, 3, 3, InputHeight = 9, InputWidth = 9, Padding = 2, Bias = false)]
public partial class SeedFullPaddingNoBiasLayer2 : ILayer;

[Composite(typeof(SeedFullPaddingNoBiasLayer1), typeof(SeedFullPaddingNoBiasLayer2))]
public partial class SeedFullPaddingNoBias : ILayer;

[Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7, Padding = 2)]
public partial class SeedFullPaddingWithBiasLayer1 : ILayer;

[Conv2d(7, 3, 3, InputHeight = 9, InputWidth = 9, Padding = 2)]
public partial class SeedFullPaddingWithBiasLayer2 : ILayer;

[Composite(typeof(SeedFullPaddingWithBiasLayer1), typeof(SeedFullPaddingWithBiasLayer2))]
public partial class SeedFullPaddingWithBias : ILayer;

[Conv2d(7, 3, 3, InputHeight = 9, InputWidth = 9, Padding = 2, Bias = false)]
public partial class SeedSecond : ILayer;

[Conv2d(16, 32, 3, InputHeight = 28, InputWidth = 28, Padding = 1)]
public partial class SmallCnn1632 : ILayer;

[Conv2d(8, 16, 3, InputHeight = 15, InputWidth = 15, Stride = 2, Padding = 1)]
public partial class Stride2Pad1Batch2 : ILayer;

[Conv2d(4, 7, 3, InputHeight = 15, InputWidth = 15, Stride = 2)]
public partial class Stride2Then3x3Layer1 : ILayer;

[Conv2d(7, 3, 3, InputHeight = 7, InputWidth = 7)]
public partial class Stride2Then3x3Layer2 : ILayer;

[Composite(typeof(Stride2Then3x3Layer1), typeof(Stride2Then3x3Layer2))]
public partial class Stride2Then3x3 : ILayer;

[Conv2d(4, 4, 3, InputHeight = 13, InputWidth = 13, StrideHeight = 2, StrideWidth = 1, PaddingHeight = 1, PaddingWidth = 2, DilationHeight = 1, DilationWidth = 2)]
public partial class Stride2x1Dilation1x2 : ILayer;

[Conv2d(3, 6, 3, InputHeight = 10, InputWidth = 10)]
public partial class ValidValidLayer1 : ILayer;

[Conv2d(6, 4, 3, InputHeight = 8, InputWidth = 8)]
public partial class ValidValidLayer2 : ILayer;

[Composite(typeof(ValidValidLayer1), typeof(ValidValidLayer2))]
public partial class ValidValid : ILayer;

public static class FixtureRegistry
{
    public static readonly IReadOnlyDictionary<string, GeneratedLayer> Cases = new Dictionary<string, GeneratedLayer>
    {
        ["chain_of_three"] = GeneratedComposite.Of<ChainOfThree>(ChainOfThree.InChannels, ChainOfThree.OutChannels, ChainOfThree.KernelHeight, ChainOfThree.KernelWidth, ChainOfThree.StrideHeight, ChainOfThree.StrideWidth, ChainOfThree.PaddingHeight, ChainOfThree.PaddingWidth, ChainOfThree.DilationHeight, ChainOfThree.DilationWidth, ChainOfThree.Groups, ChainOfThree.HasBias, ChainOfThree.PaddingMode, ChainOfThree.InputHeight, ChainOfThree.InputWidth, ChainOfThree.OutputHeight, ChainOfThree.OutputWidth,
            (w, b) => new ChainOfThree(w, b), ChainOfThree.IsExact, ChainOfThree.ExactRegion, ChainOfThree.WeightLength, ChainOfThree.BiasLength,
            (w, b) => ChainOfThree.Compose(new ChainOfThreeLayer1(w[0], b[0] ?? default), new ChainOfThreeLayer2(w[1], b[1] ?? default), new ChainOfThreeLayer3(w[2], b[2] ?? default)),
            (w, b, weight, bias) => ChainOfThree.ComposeKernels(w[0], b[0], w[1], b[1], w[2], b[2], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<ChainOfThreeLayer1>(ChainOfThreeLayer1.InChannels, ChainOfThreeLayer1.OutChannels, ChainOfThreeLayer1.KernelHeight, ChainOfThreeLayer1.KernelWidth, ChainOfThreeLayer1.StrideHeight, ChainOfThreeLayer1.StrideWidth, ChainOfThreeLayer1.PaddingHeight, ChainOfThreeLayer1.PaddingWidth, ChainOfThreeLayer1.DilationHeight, ChainOfThreeLayer1.DilationWidth, ChainOfThreeLayer1.Groups, ChainOfThreeLayer1.HasBias, ChainOfThreeLayer1.PaddingMode, ChainOfThreeLayer1.InputHeight, ChainOfThreeLayer1.InputWidth, ChainOfThreeLayer1.OutputHeight, ChainOfThreeLayer1.OutputWidth, (w, b) => new ChainOfThreeLayer1(w, b)), GeneratedLayer.Of<ChainOfThreeLayer2>(ChainOfThreeLayer2.InChannels, ChainOfThreeLayer2.OutChannels, ChainOfThreeLayer2.KernelHeight, ChainOfThreeLayer2.KernelWidth, ChainOfThreeLayer2.StrideHeight, ChainOfThreeLayer2.StrideWidth, ChainOfThreeLayer2.PaddingHeight, ChainOfThreeLayer2.PaddingWidth, ChainOfThreeLayer2.DilationHeight, ChainOfThreeLayer2.DilationWidth, ChainOfThreeLayer2.Groups, ChainOfThreeLayer2.HasBias, ChainOfThreeLayer2.PaddingMode, ChainOfThreeLayer2.InputHeight, ChainOfThreeLayer2.InputWidth, ChainOfThreeLayer2.OutputHeight, ChainOfThreeLayer2.OutputWidth, (w, b) => new ChainOfThreeLayer2(w, b)), GeneratedLayer.Of<ChainOfThreeLayer3>(ChainOfThreeLayer3.InChannels, ChainOfThreeLayer3.OutChannels, ChainOfThreeLayer3.KernelHeight, ChainOfThreeLayer3.KernelWidth, ChainOfThreeLayer3.StrideHeight, ChainOfThreeLayer3.StrideWidth, ChainOfThreeLayer3.PaddingHeight, ChainOfThreeLayer3.PaddingWidth, ChainOfThreeLayer3.DilationHeight, ChainOfThreeLayer3.DilationWidth, ChainOfThreeLayer3.Groups, ChainOfThreeLayer3.HasBias, ChainOfThreeLayer3.PaddingMode, ChainOfThreeLayer3.InputHeight, ChainOfThreeLayer3.InputWidth, ChainOfThreeLayer3.OutputHeight, ChainOfThreeLayer3.OutputWidth, (w, b) => new ChainOfThreeLayer3(w, b)) }),
        ["circular"] = GeneratedLayer.Of<Circular>(Circular.InChannels, Circular.OutChannels, Circular.KernelHeight, Circular.KernelWidth, Circular.StrideHeight, Circular.StrideWidth, Circular.PaddingHeight, Circular.PaddingWidth, Circular.DilationHeight, Circular.DilationWidth, Circular.Groups, Circular.HasBias, Circular.PaddingMode, Circular.InputHeight, Circular.InputWidth, Circular.OutputHeight, Circular.OutputWidth, (w, b) => new Circular(w, b)),
        ["circular_same"] = GeneratedComposite.Of<CircularSame>(CircularSame.InChannels, CircularSame.OutChannels, CircularSame.KernelHeight, CircularSame.KernelWidth, CircularSame.StrideHeight, CircularSame.StrideWidth, CircularSame.PaddingHeight, CircularSame.PaddingWidth, CircularSame.DilationHeight, CircularSame.DilationWidth, CircularSame.Groups, CircularSame.HasBias, CircularSame.PaddingMode, CircularSame.InputHeight, CircularSame.InputWidth, CircularSame.OutputHeight, CircularSame.OutputWidth,
            (w, b) => new CircularSame(w, b), CircularSame.IsExact, CircularSame.ExactRegion, CircularSame.WeightLength, CircularSame.BiasLength,
            (w, b) => CircularSame.Compose(new CircularSameLayer1(w[0], b[0] ?? default), new CircularSameLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => CircularSame.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<CircularSameLayer1>(CircularSameLayer1.InChannels, CircularSameLayer1.OutChannels, CircularSameLayer1.KernelHeight, CircularSameLayer1.KernelWidth, CircularSameLayer1.StrideHeight, CircularSameLayer1.StrideWidth, CircularSameLayer1.PaddingHeight, CircularSameLayer1.PaddingWidth, CircularSameLayer1.DilationHeight, CircularSameLayer1.DilationWidth, CircularSameLayer1.Groups, CircularSameLayer1.HasBias, CircularSameLayer1.PaddingMode, CircularSameLayer1.InputHeight, CircularSameLayer1.InputWidth, CircularSameLayer1.OutputHeight, CircularSameLayer1.OutputWidth, (w, b) => new CircularSameLayer1(w, b)), GeneratedLayer.Of<CircularSameLayer2>(CircularSameLayer2.InChannels, CircularSameLayer2.OutChannels, CircularSameLayer2.KernelHeight, CircularSameLayer2.KernelWidth, CircularSameLayer2.StrideHeight, CircularSameLayer2.StrideWidth, CircularSameLayer2.PaddingHeight, CircularSameLayer2.PaddingWidth, CircularSameLayer2.DilationHeight, CircularSameLayer2.DilationWidth, CircularSameLayer2.Groups, CircularSameLayer2.HasBias, CircularSameLayer2.PaddingMode, CircularSameLayer2.InputHeight, CircularSameLayer2.InputWidth, CircularSameLayer2.OutputHeight, CircularSameLayer2.OutputWidth, (w, b) => new CircularSameLayer2(w, b)) }),
        ["depthwise_k5"] = GeneratedLayer.Of<DepthwiseK5>(DepthwiseK5.InChannels, DepthwiseK5.OutChannels, DepthwiseK5.KernelHeight, DepthwiseK5.KernelWidth, DepthwiseK5.StrideHeight, DepthwiseK5.StrideWidth, DepthwiseK5.PaddingHeight, DepthwiseK5.PaddingWidth, DepthwiseK5.DilationHeight, DepthwiseK5.DilationWidth, DepthwiseK5.Groups, DepthwiseK5.HasBias, DepthwiseK5.PaddingMode, DepthwiseK5.InputHeight, DepthwiseK5.InputWidth, DepthwiseK5.OutputHeight, DepthwiseK5.OutputWidth, (w, b) => new DepthwiseK5(w, b)),
        ["depthwise_then_pointwise"] = GeneratedComposite.Of<DepthwiseThenPointwise>(DepthwiseThenPointwise.InChannels, DepthwiseThenPointwise.OutChannels, DepthwiseThenPointwise.KernelHeight, DepthwiseThenPointwise.KernelWidth, DepthwiseThenPointwise.StrideHeight, DepthwiseThenPointwise.StrideWidth, DepthwiseThenPointwise.PaddingHeight, DepthwiseThenPointwise.PaddingWidth, DepthwiseThenPointwise.DilationHeight, DepthwiseThenPointwise.DilationWidth, DepthwiseThenPointwise.Groups, DepthwiseThenPointwise.HasBias, DepthwiseThenPointwise.PaddingMode, DepthwiseThenPointwise.InputHeight, DepthwiseThenPointwise.InputWidth, DepthwiseThenPointwise.OutputHeight, DepthwiseThenPointwise.OutputWidth,
            (w, b) => new DepthwiseThenPointwise(w, b), DepthwiseThenPointwise.IsExact, DepthwiseThenPointwise.ExactRegion, DepthwiseThenPointwise.WeightLength, DepthwiseThenPointwise.BiasLength,
            (w, b) => DepthwiseThenPointwise.Compose(new DepthwiseThenPointwiseLayer1(w[0], b[0] ?? default), new DepthwiseThenPointwiseLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => DepthwiseThenPointwise.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<DepthwiseThenPointwiseLayer1>(DepthwiseThenPointwiseLayer1.InChannels, DepthwiseThenPointwiseLayer1.OutChannels, DepthwiseThenPointwiseLayer1.KernelHeight, DepthwiseThenPointwiseLayer1.KernelWidth, DepthwiseThenPointwiseLayer1.StrideHeight, DepthwiseThenPointwiseLayer1.StrideWidth, DepthwiseThenPointwiseLayer1.PaddingHeight, DepthwiseThenPointwiseLayer1.PaddingWidth, DepthwiseThenPointwiseLayer1.DilationHeight, DepthwiseThenPointwiseLayer1.DilationWidth, DepthwiseThenPointwiseLayer1.Groups, DepthwiseThenPointwiseLayer1.HasBias, DepthwiseThenPointwiseLayer1.PaddingMode, DepthwiseThenPointwiseLayer1.InputHeight, DepthwiseThenPointwiseLayer1.InputWidth, DepthwiseThenPointwiseLayer1.OutputHeight, DepthwiseThenPointwiseLayer1.OutputWidth, (w, b) => new DepthwiseThenPointwiseLayer1(w, b)), GeneratedLayer.Of<DepthwiseThenPointwiseLayer2>(DepthwiseThenPointwiseLayer2.InChannels, DepthwiseThenPointwiseLayer2.OutChannels, DepthwiseThenPointwiseLayer2.KernelHeight, DepthwiseThenPointwiseLayer2.KernelWidth, DepthwiseThenPointwiseLayer2.StrideHeight, DepthwiseThenPointwiseLayer2.StrideWidth, DepthwiseThenPointwiseLayer2.PaddingHeight, DepthwiseThenPointwiseLayer2.PaddingWidth, DepthwiseThenPointwiseLayer2.DilationHeight, DepthwiseThenPointwiseLayer2.DilationWidth, DepthwiseThenPointwiseLayer2.Groups, DepthwiseThenPointwiseLayer2.HasBias, DepthwiseThenPointwiseLayer2.PaddingMode, DepthwiseThenPointwiseLayer2.InputHeight, DepthwiseThenPointwiseLayer2.InputWidth, DepthwiseThenPointwiseLayer2.OutputHeight, DepthwiseThenPointwiseLayer2.OutputWidth, (w, b) => new DepthwiseThenPointwiseLayer2(w, b)) }),
        ["dilated_first"] = GeneratedComposite.Of<DilatedFirst>(DilatedFirst.InChannels, DilatedFirst.OutChannels, DilatedFirst.KernelHeight, DilatedFirst.KernelWidth, DilatedFirst.StrideHeight, DilatedFirst.StrideWidth, DilatedFirst.PaddingHeight, DilatedFirst.PaddingWidth, DilatedFirst.DilationHeight, DilatedFirst.DilationWidth, DilatedFirst.Groups, DilatedFirst.HasBias, DilatedFirst.PaddingMode, DilatedFirst.InputHeight, DilatedFirst.InputWidth, DilatedFirst.OutputHeight, DilatedFirst.OutputWidth,
            (w, b) => new DilatedFirst(w, b), DilatedFirst.IsExact, DilatedFirst.ExactRegion, DilatedFirst.WeightLength, DilatedFirst.BiasLength,
            (w, b) => DilatedFirst.Compose(new DilatedFirstLayer1(w[0], b[0] ?? default), new DilatedFirstLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => DilatedFirst.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<DilatedFirstLayer1>(DilatedFirstLayer1.InChannels, DilatedFirstLayer1.OutChannels, DilatedFirstLayer1.KernelHeight, DilatedFirstLayer1.KernelWidth, DilatedFirstLayer1.StrideHeight, DilatedFirstLayer1.StrideWidth, DilatedFirstLayer1.PaddingHeight, DilatedFirstLayer1.PaddingWidth, DilatedFirstLayer1.DilationHeight, DilatedFirstLayer1.DilationWidth, DilatedFirstLayer1.Groups, DilatedFirstLayer1.HasBias, DilatedFirstLayer1.PaddingMode, DilatedFirstLayer1.InputHeight, DilatedFirstLayer1.InputWidth, DilatedFirstLayer1.OutputHeight, DilatedFirstLayer1.OutputWidth, (w, b) => new DilatedFirstLayer1(w, b)), GeneratedLayer.Of<DilatedFirstLayer2>(DilatedFirstLayer2.InChannels, DilatedFirstLayer2.OutChannels, DilatedFirstLayer2.KernelHeight, DilatedFirstLayer2.KernelWidth, DilatedFirstLayer2.StrideHeight, DilatedFirstLayer2.StrideWidth, DilatedFirstLayer2.PaddingHeight, DilatedFirstLayer2.PaddingWidth, DilatedFirstLayer2.DilationHeight, DilatedFirstLayer2.DilationWidth, DilatedFirstLayer2.Groups, DilatedFirstLayer2.HasBias, DilatedFirstLayer2.PaddingMode, DilatedFirstLayer2.InputHeight, DilatedFirstLayer2.InputWidth, DilatedFirstLayer2.OutputHeight, DilatedFirstLayer2.OutputWidth, (w, b) => new DilatedFirstLayer2(w, b)) }),
        ["dilation2_nonsquare_input"] = GeneratedLayer.Of<Dilation2NonsquareInput>(Dilation2NonsquareInput.InChannels, Dilation2NonsquareInput.OutChannels, Dilation2NonsquareInput.KernelHeight, Dilation2NonsquareInput.KernelWidth, Dilation2NonsquareInput.StrideHeight, Dilation2NonsquareInput.StrideWidth, Dilation2NonsquareInput.PaddingHeight, Dilation2NonsquareInput.PaddingWidth, Dilation2NonsquareInput.DilationHeight, Dilation2NonsquareInput.DilationWidth, Dilation2NonsquareInput.Groups, Dilation2NonsquareInput.HasBias, Dilation2NonsquareInput.PaddingMode, Dilation2NonsquareInput.InputHeight, Dilation2NonsquareInput.InputWidth, Dilation2NonsquareInput.OutputHeight, Dilation2NonsquareInput.OutputWidth, (w, b) => new Dilation2NonsquareInput(w, b)),
        ["groups2_then_groups2"] = GeneratedComposite.Of<Groups2ThenGroups2>(Groups2ThenGroups2.InChannels, Groups2ThenGroups2.OutChannels, Groups2ThenGroups2.KernelHeight, Groups2ThenGroups2.KernelWidth, Groups2ThenGroups2.StrideHeight, Groups2ThenGroups2.StrideWidth, Groups2ThenGroups2.PaddingHeight, Groups2ThenGroups2.PaddingWidth, Groups2ThenGroups2.DilationHeight, Groups2ThenGroups2.DilationWidth, Groups2ThenGroups2.Groups, Groups2ThenGroups2.HasBias, Groups2ThenGroups2.PaddingMode, Groups2ThenGroups2.InputHeight, Groups2ThenGroups2.InputWidth, Groups2ThenGroups2.OutputHeight, Groups2ThenGroups2.OutputWidth,
            (w, b) => new Groups2ThenGroups2(w, b), Groups2ThenGroups2.IsExact, Groups2ThenGroups2.ExactRegion, Groups2ThenGroups2.WeightLength, Groups2ThenGroups2.BiasLength,
            (w, b) => Groups2ThenGroups2.Compose(new Groups2ThenGroups2Layer1(w[0], b[0] ?? default), new Groups2ThenGroups2Layer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => Groups2ThenGroups2.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<Groups2ThenGroups2Layer1>(Groups2ThenGroups2Layer1.InChannels, Groups2ThenGroups2Layer1.OutChannels, Groups2ThenGroups2Layer1.KernelHeight, Groups2ThenGroups2Layer1.KernelWidth, Groups2ThenGroups2Layer1.StrideHeight, Groups2ThenGroups2Layer1.StrideWidth, Groups2ThenGroups2Layer1.PaddingHeight, Groups2ThenGroups2Layer1.PaddingWidth, Groups2ThenGroups2Layer1.DilationHeight, Groups2ThenGroups2Layer1.DilationWidth, Groups2ThenGroups2Layer1.Groups, Groups2ThenGroups2Layer1.HasBias, Groups2ThenGroups2Layer1.PaddingMode, Groups2ThenGroups2Layer1.InputHeight, Groups2ThenGroups2Layer1.InputWidth, Groups2ThenGroups2Layer1.OutputHeight, Groups2ThenGroups2Layer1.OutputWidth, (w, b) => new Groups2ThenGroups2Layer1(w, b)), GeneratedLayer.Of<Groups2ThenGroups2Layer2>(Groups2ThenGroups2Layer2.InChannels, Groups2ThenGroups2Layer2.OutChannels, Groups2ThenGroups2Layer2.KernelHeight, Groups2ThenGroups2Layer2.KernelWidth, Groups2ThenGroups2Layer2.StrideHeight, Groups2ThenGroups2Layer2.StrideWidth, Groups2ThenGroups2Layer2.PaddingHeight, Groups2ThenGroups2Layer2.PaddingWidth, Groups2ThenGroups2Layer2.DilationHeight, Groups2ThenGroups2Layer2.DilationWidth, Groups2ThenGroups2Layer2.Groups, Groups2ThenGroups2Layer2.HasBias, Groups2ThenGroups2Layer2.PaddingMode, Groups2ThenGroups2Layer2.InputHeight, Groups2ThenGroups2Layer2.InputWidth, Groups2ThenGroups2Layer2.OutputHeight, Groups2ThenGroups2Layer2.OutputWidth, (w, b) => new Groups2ThenGroups2Layer2(w, b)) }),
        ["groups4"] = GeneratedLayer.Of<Groups4>(Groups4.InChannels, Groups4.OutChannels, Groups4.KernelHeight, Groups4.KernelWidth, Groups4.StrideHeight, Groups4.StrideWidth, Groups4.PaddingHeight, Groups4.PaddingWidth, Groups4.DilationHeight, Groups4.DilationWidth, Groups4.Groups, Groups4.HasBias, Groups4.PaddingMode, Groups4.InputHeight, Groups4.InputWidth, Groups4.OutputHeight, Groups4.OutputWidth, (w, b) => new Groups4(w, b)),
        ["kernel_1x3_pad_0x1"] = GeneratedLayer.Of<Kernel1x3Pad0x1>(Kernel1x3Pad0x1.InChannels, Kernel1x3Pad0x1.OutChannels, Kernel1x3Pad0x1.KernelHeight, Kernel1x3Pad0x1.KernelWidth, Kernel1x3Pad0x1.StrideHeight, Kernel1x3Pad0x1.StrideWidth, Kernel1x3Pad0x1.PaddingHeight, Kernel1x3Pad0x1.PaddingWidth, Kernel1x3Pad0x1.DilationHeight, Kernel1x3Pad0x1.DilationWidth, Kernel1x3Pad0x1.Groups, Kernel1x3Pad0x1.HasBias, Kernel1x3Pad0x1.PaddingMode, Kernel1x3Pad0x1.InputHeight, Kernel1x3Pad0x1.InputWidth, Kernel1x3Pad0x1.OutputHeight, Kernel1x3Pad0x1.OutputWidth, (w, b) => new Kernel1x3Pad0x1(w, b)),
        ["no_bias_1x1"] = GeneratedLayer.Of<NoBias1x1>(NoBias1x1.InChannels, NoBias1x1.OutChannels, NoBias1x1.KernelHeight, NoBias1x1.KernelWidth, NoBias1x1.StrideHeight, NoBias1x1.StrideWidth, NoBias1x1.PaddingHeight, NoBias1x1.PaddingWidth, NoBias1x1.DilationHeight, NoBias1x1.DilationWidth, NoBias1x1.Groups, NoBias1x1.HasBias, NoBias1x1.PaddingMode, NoBias1x1.InputHeight, NoBias1x1.InputWidth, NoBias1x1.OutputHeight, NoBias1x1.OutputWidth, (w, b) => new NoBias1x1(w, b)),
        ["pointwise_then_3x3"] = GeneratedComposite.Of<PointwiseThen3x3>(PointwiseThen3x3.InChannels, PointwiseThen3x3.OutChannels, PointwiseThen3x3.KernelHeight, PointwiseThen3x3.KernelWidth, PointwiseThen3x3.StrideHeight, PointwiseThen3x3.StrideWidth, PointwiseThen3x3.PaddingHeight, PointwiseThen3x3.PaddingWidth, PointwiseThen3x3.DilationHeight, PointwiseThen3x3.DilationWidth, PointwiseThen3x3.Groups, PointwiseThen3x3.HasBias, PointwiseThen3x3.PaddingMode, PointwiseThen3x3.InputHeight, PointwiseThen3x3.InputWidth, PointwiseThen3x3.OutputHeight, PointwiseThen3x3.OutputWidth,
            (w, b) => new PointwiseThen3x3(w, b), PointwiseThen3x3.IsExact, PointwiseThen3x3.ExactRegion, PointwiseThen3x3.WeightLength, PointwiseThen3x3.BiasLength,
            (w, b) => PointwiseThen3x3.Compose(new PointwiseThen3x3Layer1(w[0], b[0] ?? default), new PointwiseThen3x3Layer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => PointwiseThen3x3.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<PointwiseThen3x3Layer1>(PointwiseThen3x3Layer1.InChannels, PointwiseThen3x3Layer1.OutChannels, PointwiseThen3x3Layer1.KernelHeight, PointwiseThen3x3Layer1.KernelWidth, PointwiseThen3x3Layer1.StrideHeight, PointwiseThen3x3Layer1.StrideWidth, PointwiseThen3x3Layer1.PaddingHeight, PointwiseThen3x3Layer1.PaddingWidth, PointwiseThen3x3Layer1.DilationHeight, PointwiseThen3x3Layer1.DilationWidth, PointwiseThen3x3Layer1.Groups, PointwiseThen3x3Layer1.HasBias, PointwiseThen3x3Layer1.PaddingMode, PointwiseThen3x3Layer1.InputHeight, PointwiseThen3x3Layer1.InputWidth, PointwiseThen3x3Layer1.OutputHeight, PointwiseThen3x3Layer1.OutputWidth, (w, b) => new PointwiseThen3x3Layer1(w, b)), GeneratedLayer.Of<PointwiseThen3x3Layer2>(PointwiseThen3x3Layer2.InChannels, PointwiseThen3x3Layer2.OutChannels, PointwiseThen3x3Layer2.KernelHeight, PointwiseThen3x3Layer2.KernelWidth, PointwiseThen3x3Layer2.StrideHeight, PointwiseThen3x3Layer2.StrideWidth, PointwiseThen3x3Layer2.PaddingHeight, PointwiseThen3x3Layer2.PaddingWidth, PointwiseThen3x3Layer2.DilationHeight, PointwiseThen3x3Layer2.DilationWidth, PointwiseThen3x3Layer2.Groups, PointwiseThen3x3Layer2.HasBias, PointwiseThen3x3Layer2.PaddingMode, PointwiseThen3x3Layer2.InputHeight, PointwiseThen3x3Layer2.InputWidth, PointwiseThen3x3Layer2.OutputHeight, PointwiseThen3x3Layer2.OutputWidth, (w, b) => new PointwiseThen3x3Layer2(w, b)) }),
        ["reflect"] = GeneratedLayer.Of<Reflect>(Reflect.InChannels, Reflect.OutChannels, Reflect.KernelHeight, Reflect.KernelWidth, Reflect.StrideHeight, Reflect.StrideWidth, Reflect.PaddingHeight, Reflect.PaddingWidth, Reflect.DilationHeight, Reflect.DilationWidth, Reflect.Groups, Reflect.HasBias, Reflect.PaddingMode, Reflect.InputHeight, Reflect.InputWidth, Reflect.OutputHeight, Reflect.OutputWidth, (w, b) => new Reflect(w, b)),
        ["replicate"] = GeneratedLayer.Of<Replicate>(Replicate.InChannels, Replicate.OutChannels, Replicate.KernelHeight, Replicate.KernelWidth, Replicate.StrideHeight, Replicate.StrideWidth, Replicate.PaddingHeight, Replicate.PaddingWidth, Replicate.DilationHeight, Replicate.DilationWidth, Replicate.Groups, Replicate.HasBias, Replicate.PaddingMode, Replicate.InputHeight, Replicate.InputWidth, Replicate.OutputHeight, Replicate.OutputWidth, (w, b) => new Replicate(w, b)),
        ["same_same"] = GeneratedComposite.Of<SameSame>(SameSame.InChannels, SameSame.OutChannels, SameSame.KernelHeight, SameSame.KernelWidth, SameSame.StrideHeight, SameSame.StrideWidth, SameSame.PaddingHeight, SameSame.PaddingWidth, SameSame.DilationHeight, SameSame.DilationWidth, SameSame.Groups, SameSame.HasBias, SameSame.PaddingMode, SameSame.InputHeight, SameSame.InputWidth, SameSame.OutputHeight, SameSame.OutputWidth,
            (w, b) => new SameSame(w, b), SameSame.IsExact, SameSame.ExactRegion, SameSame.WeightLength, SameSame.BiasLength,
            (w, b) => SameSame.Compose(new SameSameLayer1(w[0], b[0] ?? default), new SameSameLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => SameSame.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<SameSameLayer1>(SameSameLayer1.InChannels, SameSameLayer1.OutChannels, SameSameLayer1.KernelHeight, SameSameLayer1.KernelWidth, SameSameLayer1.StrideHeight, SameSameLayer1.StrideWidth, SameSameLayer1.PaddingHeight, SameSameLayer1.PaddingWidth, SameSameLayer1.DilationHeight, SameSameLayer1.DilationWidth, SameSameLayer1.Groups, SameSameLayer1.HasBias, SameSameLayer1.PaddingMode, SameSameLayer1.InputHeight, SameSameLayer1.InputWidth, SameSameLayer1.OutputHeight, SameSameLayer1.OutputWidth, (w, b) => new SameSameLayer1(w, b)), GeneratedLayer.Of<SameSameLayer2>(SameSameLayer2.InChannels, SameSameLayer2.OutChannels, SameSameLayer2.KernelHeight, SameSameLayer2.KernelWidth, SameSameLayer2.StrideHeight, SameSameLayer2.StrideWidth, SameSameLayer2.PaddingHeight, SameSameLayer2.PaddingWidth, SameSameLayer2.DilationHeight, SameSameLayer2.DilationWidth, SameSameLayer2.Groups, SameSameLayer2.HasBias, SameSameLayer2.PaddingMode, SameSameLayer2.InputHeight, SameSameLayer2.InputWidth, SameSameLayer2.OutputHeight, SameSameLayer2.OutputWidth, (w, b) => new SameSameLayer2(w, b)) }),
        ["seed_first"] = GeneratedLayer.Of<SeedFirst>(SeedFirst.InChannels, SeedFirst.OutChannels, SeedFirst.KernelHeight, SeedFirst.KernelWidth, SeedFirst.StrideHeight, SeedFirst.StrideWidth, SeedFirst.PaddingHeight, SeedFirst.PaddingWidth, SeedFirst.DilationHeight, SeedFirst.DilationWidth, SeedFirst.Groups, SeedFirst.HasBias, SeedFirst.PaddingMode, SeedFirst.InputHeight, SeedFirst.InputWidth, SeedFirst.OutputHeight, SeedFirst.OutputWidth, (w, b) => new SeedFirst(w, b)),
        ["seed_full_padding_no_bias"] = GeneratedComposite.Of<SeedFullPaddingNoBias>(SeedFullPaddingNoBias.InChannels, SeedFullPaddingNoBias.OutChannels, SeedFullPaddingNoBias.KernelHeight, SeedFullPaddingNoBias.KernelWidth, SeedFullPaddingNoBias.StrideHeight, SeedFullPaddingNoBias.StrideWidth, SeedFullPaddingNoBias.PaddingHeight, SeedFullPaddingNoBias.PaddingWidth, SeedFullPaddingNoBias.DilationHeight, SeedFullPaddingNoBias.DilationWidth, SeedFullPaddingNoBias.Groups, SeedFullPaddingNoBias.HasBias, SeedFullPaddingNoBias.PaddingMode, SeedFullPaddingNoBias.InputHeight, SeedFullPaddingNoBias.InputWidth, SeedFullPaddingNoBias.OutputHeight, SeedFullPaddingNoBias.OutputWidth,
            (w, b) => new SeedFullPaddingNoBias(w, b), SeedFullPaddingNoBias.IsExact, SeedFullPaddingNoBias.ExactRegion, SeedFullPaddingNoBias.WeightLength, SeedFullPaddingNoBias.BiasLength,
            (w, b) => SeedFullPaddingNoBias.Compose(new SeedFullPaddingNoBiasLayer1(w[0], b[0] ?? default), new SeedFullPaddingNoBiasLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => SeedFullPaddingNoBias.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<SeedFullPaddingNoBiasLayer1>(SeedFullPaddingNoBiasLayer1.InChannels, SeedFullPaddingNoBiasLayer1.OutChannels, SeedFullPaddingNoBiasLayer1.KernelHeight, SeedFullPaddingNoBiasLayer1.KernelWidth, SeedFullPaddingNoBiasLayer1.StrideHeight, SeedFullPaddingNoBiasLayer1.StrideWidth, SeedFullPaddingNoBiasLayer1.PaddingHeight, SeedFullPaddingNoBiasLayer1.PaddingWidth, SeedFullPaddingNoBiasLayer1.DilationHeight, SeedFullPaddingNoBiasLayer1.DilationWidth, SeedFullPaddingNoBiasLayer1.Groups, SeedFullPaddingNoBiasLayer1.HasBias, SeedFullPaddingNoBiasLayer1.PaddingMode, SeedFullPaddingNoBiasLayer1.InputHeight, SeedFullPaddingNoBiasLayer1.InputWidth, SeedFullPaddingNoBiasLayer1.OutputHeight, SeedFullPaddingNoBiasLayer1.OutputWidth, (w, b) => new SeedFullPaddingNoBiasLayer1(w, b)), GeneratedLayer.Of<SeedFullPaddingNoBiasLayer2>(SeedFullPaddingNoBiasLayer2.InChannels, SeedFullPaddingNoBiasLayer2.OutChannels, SeedFullPaddingNoBiasLayer2.KernelHeight, SeedFullPaddingNoBiasLayer2.KernelWidth, SeedFullPaddingNoBiasLayer2.StrideHeight, SeedFullPaddingNoBiasLayer2.StrideWidth, SeedFullPaddingNoBiasLayer2.PaddingHeight, SeedFullPaddingNoBiasLayer2.PaddingWidth, SeedFullPaddingNoBiasLayer2.DilationHeight, SeedFullPaddingNoBiasLayer2.DilationWidth, SeedFullPaddingNoBiasLayer2.Groups, SeedFullPaddingNoBiasLayer2.HasBias, SeedFullPaddingNoBiasLayer2.PaddingMode, SeedFullPaddingNoBiasLayer2.InputHeight, SeedFullPaddingNoBiasLayer2.InputWidth, SeedFullPaddingNoBiasLayer2.OutputHeight, SeedFullPaddingNoBiasLayer2.OutputWidth, (w, b) => new SeedFullPaddingNoBiasLayer2(w, b)) }),
        ["seed_full_padding_with_bias"] = GeneratedComposite.Of<SeedFullPaddingWithBias>(SeedFullPaddingWithBias.InChannels, SeedFullPaddingWithBias.OutChannels, SeedFullPaddingWithBias.KernelHeight, SeedFullPaddingWithBias.KernelWidth, SeedFullPaddingWithBias.StrideHeight, SeedFullPaddingWithBias.StrideWidth, SeedFullPaddingWithBias.PaddingHeight, SeedFullPaddingWithBias.PaddingWidth, SeedFullPaddingWithBias.DilationHeight, SeedFullPaddingWithBias.DilationWidth, SeedFullPaddingWithBias.Groups, SeedFullPaddingWithBias.HasBias, SeedFullPaddingWithBias.PaddingMode, SeedFullPaddingWithBias.InputHeight, SeedFullPaddingWithBias.InputWidth, SeedFullPaddingWithBias.OutputHeight, SeedFullPaddingWithBias.OutputWidth,
            (w, b) => new SeedFullPaddingWithBias(w, b), SeedFullPaddingWithBias.IsExact, SeedFullPaddingWithBias.ExactRegion, SeedFullPaddingWithBias.WeightLength, SeedFullPaddingWithBias.BiasLength,
            (w, b) => SeedFullPaddingWithBias.Compose(new SeedFullPaddingWithBiasLayer1(w[0], b[0] ?? default), new SeedFullPaddingWithBiasLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => SeedFullPaddingWithBias.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<SeedFullPaddingWithBiasLayer1>(SeedFullPaddingWithBiasLayer1.InChannels, SeedFullPaddingWithBiasLayer1.OutChannels, SeedFullPaddingWithBiasLayer1.KernelHeight, SeedFullPaddingWithBiasLayer1.KernelWidth, SeedFullPaddingWithBiasLayer1.StrideHeight, SeedFullPaddingWithBiasLayer1.StrideWidth, SeedFullPaddingWithBiasLayer1.PaddingHeight, SeedFullPaddingWithBiasLayer1.PaddingWidth, SeedFullPaddingWithBiasLayer1.DilationHeight, SeedFullPaddingWithBiasLayer1.DilationWidth, SeedFullPaddingWithBiasLayer1.Groups, SeedFullPaddingWithBiasLayer1.HasBias, SeedFullPaddingWithBiasLayer1.PaddingMode, SeedFullPaddingWithBiasLayer1.InputHeight, SeedFullPaddingWithBiasLayer1.InputWidth, SeedFullPaddingWithBiasLayer1.OutputHeight, SeedFullPaddingWithBiasLayer1.OutputWidth, (w, b) => new SeedFullPaddingWithBiasLayer1(w, b)), GeneratedLayer.Of<SeedFullPaddingWithBiasLayer2>(SeedFullPaddingWithBiasLayer2.InChannels, SeedFullPaddingWithBiasLayer2.OutChannels, SeedFullPaddingWithBiasLayer2.KernelHeight, SeedFullPaddingWithBiasLayer2.KernelWidth, SeedFullPaddingWithBiasLayer2.StrideHeight, SeedFullPaddingWithBiasLayer2.StrideWidth, SeedFullPaddingWithBiasLayer2.PaddingHeight, SeedFullPaddingWithBiasLayer2.PaddingWidth, SeedFullPaddingWithBiasLayer2.DilationHeight, SeedFullPaddingWithBiasLayer2.DilationWidth, SeedFullPaddingWithBiasLayer2.Groups, SeedFullPaddingWithBiasLayer2.HasBias, SeedFullPaddingWithBiasLayer2.PaddingMode, SeedFullPaddingWithBiasLayer2.InputHeight, SeedFullPaddingWithBiasLayer2.InputWidth, SeedFullPaddingWithBiasLayer2.OutputHeight, SeedFullPaddingWithBiasLayer2.OutputWidth, (w, b) => new SeedFullPaddingWithBiasLayer2(w, b)) }),
        ["seed_second"] = GeneratedLayer.Of<SeedSecond>(SeedSecond.InChannels, SeedSecond.OutChannels, SeedSecond.KernelHeight, SeedSecond.KernelWidth, SeedSecond.StrideHeight, SeedSecond.StrideWidth, SeedSecond.PaddingHeight, SeedSecond.PaddingWidth, SeedSecond.DilationHeight, SeedSecond.DilationWidth, SeedSecond.Groups, SeedSecond.HasBias, SeedSecond.PaddingMode, SeedSecond.InputHeight, SeedSecond.InputWidth, SeedSecond.OutputHeight, SeedSecond.OutputWidth, (w, b) => new SeedSecond(w, b)),
        ["small_cnn_16_32"] = GeneratedLayer.Of<SmallCnn1632>(SmallCnn1632.InChannels, SmallCnn1632.OutChannels, SmallCnn1632.KernelHeight, SmallCnn1632.KernelWidth, SmallCnn1632.StrideHeight, SmallCnn1632.StrideWidth, SmallCnn1632.PaddingHeight, SmallCnn1632.PaddingWidth, SmallCnn1632.DilationHeight, SmallCnn1632.DilationWidth, SmallCnn1632.Groups, SmallCnn1632.HasBias, SmallCnn1632.PaddingMode, SmallCnn1632.InputHeight, SmallCnn1632.InputWidth, SmallCnn1632.OutputHeight, SmallCnn1632.OutputWidth, (w, b) => new SmallCnn1632(w, b)),
        ["stride2_pad1_batch2"] = GeneratedLayer.Of<Stride2Pad1Batch2>(Stride2Pad1Batch2.InChannels, Stride2Pad1Batch2.OutChannels, Stride2Pad1Batch2.KernelHeight, Stride2Pad1Batch2.KernelWidth, Stride2Pad1Batch2.StrideHeight, Stride2Pad1Batch2.StrideWidth, Stride2Pad1Batch2.PaddingHeight, Stride2Pad1Batch2.PaddingWidth, Stride2Pad1Batch2.DilationHeight, Stride2Pad1Batch2.DilationWidth, Stride2Pad1Batch2.Groups, Stride2Pad1Batch2.HasBias, Stride2Pad1Batch2.PaddingMode, Stride2Pad1Batch2.InputHeight, Stride2Pad1Batch2.InputWidth, Stride2Pad1Batch2.OutputHeight, Stride2Pad1Batch2.OutputWidth, (w, b) => new Stride2Pad1Batch2(w, b)),
        ["stride2_then_3x3"] = GeneratedComposite.Of<Stride2Then3x3>(Stride2Then3x3.InChannels, Stride2Then3x3.OutChannels, Stride2Then3x3.KernelHeight, Stride2Then3x3.KernelWidth, Stride2Then3x3.StrideHeight, Stride2Then3x3.StrideWidth, Stride2Then3x3.PaddingHeight, Stride2Then3x3.PaddingWidth, Stride2Then3x3.DilationHeight, Stride2Then3x3.DilationWidth, Stride2Then3x3.Groups, Stride2Then3x3.HasBias, Stride2Then3x3.PaddingMode, Stride2Then3x3.InputHeight, Stride2Then3x3.InputWidth, Stride2Then3x3.OutputHeight, Stride2Then3x3.OutputWidth,
            (w, b) => new Stride2Then3x3(w, b), Stride2Then3x3.IsExact, Stride2Then3x3.ExactRegion, Stride2Then3x3.WeightLength, Stride2Then3x3.BiasLength,
            (w, b) => Stride2Then3x3.Compose(new Stride2Then3x3Layer1(w[0], b[0] ?? default), new Stride2Then3x3Layer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => Stride2Then3x3.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<Stride2Then3x3Layer1>(Stride2Then3x3Layer1.InChannels, Stride2Then3x3Layer1.OutChannels, Stride2Then3x3Layer1.KernelHeight, Stride2Then3x3Layer1.KernelWidth, Stride2Then3x3Layer1.StrideHeight, Stride2Then3x3Layer1.StrideWidth, Stride2Then3x3Layer1.PaddingHeight, Stride2Then3x3Layer1.PaddingWidth, Stride2Then3x3Layer1.DilationHeight, Stride2Then3x3Layer1.DilationWidth, Stride2Then3x3Layer1.Groups, Stride2Then3x3Layer1.HasBias, Stride2Then3x3Layer1.PaddingMode, Stride2Then3x3Layer1.InputHeight, Stride2Then3x3Layer1.InputWidth, Stride2Then3x3Layer1.OutputHeight, Stride2Then3x3Layer1.OutputWidth, (w, b) => new Stride2Then3x3Layer1(w, b)), GeneratedLayer.Of<Stride2Then3x3Layer2>(Stride2Then3x3Layer2.InChannels, Stride2Then3x3Layer2.OutChannels, Stride2Then3x3Layer2.KernelHeight, Stride2Then3x3Layer2.KernelWidth, Stride2Then3x3Layer2.StrideHeight, Stride2Then3x3Layer2.StrideWidth, Stride2Then3x3Layer2.PaddingHeight, Stride2Then3x3Layer2.PaddingWidth, Stride2Then3x3Layer2.DilationHeight, Stride2Then3x3Layer2.DilationWidth, Stride2Then3x3Layer2.Groups, Stride2Then3x3Layer2.HasBias, Stride2Then3x3Layer2.PaddingMode, Stride2Then3x3Layer2.InputHeight, Stride2Then3x3Layer2.InputWidth, Stride2Then3x3Layer2.OutputHeight, Stride2Then3x3Layer2.OutputWidth, (w, b) => new Stride2Then3x3Layer2(w, b)) }),
        ["stride_2x1_dilation_1x2"] = GeneratedLayer.Of<Stride2x1Dilation1x2>(Stride2x1Dilation1x2.InChannels, Stride2x1Dilation1x2.OutChannels, Stride2x1Dilation1x2.KernelHeight, Stride2x1Dilation1x2.KernelWidth, Stride2x1Dilation1x2.StrideHeight, Stride2x1Dilation1x2.StrideWidth, Stride2x1Dilation1x2.PaddingHeight, Stride2x1Dilation1x2.PaddingWidth, Stride2x1Dilation1x2.DilationHeight, Stride2x1Dilation1x2.DilationWidth, Stride2x1Dilation1x2.Groups, Stride2x1Dilation1x2.HasBias, Stride2x1Dilation1x2.PaddingMode, Stride2x1Dilation1x2.InputHeight, Stride2x1Dilation1x2.InputWidth, Stride2x1Dilation1x2.OutputHeight, Stride2x1Dilation1x2.OutputWidth, (w, b) => new Stride2x1Dilation1x2(w, b)),
        ["valid_valid"] = GeneratedComposite.Of<ValidValid>(ValidValid.InChannels, ValidValid.OutChannels, ValidValid.KernelHeight, ValidValid.KernelWidth, ValidValid.StrideHeight, ValidValid.StrideWidth, ValidValid.PaddingHeight, ValidValid.PaddingWidth, ValidValid.DilationHeight, ValidValid.DilationWidth, ValidValid.Groups, ValidValid.HasBias, ValidValid.PaddingMode, ValidValid.InputHeight, ValidValid.InputWidth, ValidValid.OutputHeight, ValidValid.OutputWidth,
            (w, b) => new ValidValid(w, b), ValidValid.IsExact, ValidValid.ExactRegion, ValidValid.WeightLength, ValidValid.BiasLength,
            (w, b) => ValidValid.Compose(new ValidValidLayer1(w[0], b[0] ?? default), new ValidValidLayer2(w[1], b[1] ?? default)),
            (w, b, weight, bias) => ValidValid.ComposeKernels(w[0], b[0], w[1], b[1], weight, bias),
            new GeneratedLayer[] { GeneratedLayer.Of<ValidValidLayer1>(ValidValidLayer1.InChannels, ValidValidLayer1.OutChannels, ValidValidLayer1.KernelHeight, ValidValidLayer1.KernelWidth, ValidValidLayer1.StrideHeight, ValidValidLayer1.StrideWidth, ValidValidLayer1.PaddingHeight, ValidValidLayer1.PaddingWidth, ValidValidLayer1.DilationHeight, ValidValidLayer1.DilationWidth, ValidValidLayer1.Groups, ValidValidLayer1.HasBias, ValidValidLayer1.PaddingMode, ValidValidLayer1.InputHeight, ValidValidLayer1.InputWidth, ValidValidLayer1.OutputHeight, ValidValidLayer1.OutputWidth, (w, b) => new ValidValidLayer1(w, b)), GeneratedLayer.Of<ValidValidLayer2>(ValidValidLayer2.InChannels, ValidValidLayer2.OutChannels, ValidValidLayer2.KernelHeight, ValidValidLayer2.KernelWidth, ValidValidLayer2.StrideHeight, ValidValidLayer2.StrideWidth, ValidValidLayer2.PaddingHeight, ValidValidLayer2.PaddingWidth, ValidValidLayer2.DilationHeight, ValidValidLayer2.DilationWidth, ValidValidLayer2.Groups, ValidValidLayer2.HasBias, ValidValidLayer2.PaddingMode, ValidValidLayer2.InputHeight, ValidValidLayer2.InputWidth, ValidValidLayer2.OutputHeight, ValidValidLayer2.OutputWidth, (w, b) => new ValidValidLayer2(w, b)) }),
    };
}
