// Written by declare_reparam.py from tests/fixtures/reparam: every case declared as a user would.
using System.Collections.Generic;
using Conv;

namespace Conv.Generated.Tests.Reparam;

[Conv2d(4, 3, 3, InputHeight = 7, InputWidth = 7, Padding = 1)]
public partial class Concat3x31x1Branch1Layer1;

[Conv2d(4, 5, 1, InputHeight = 7, InputWidth = 7)]
public partial class Concat3x31x1Branch2Layer1;

[Concat(typeof(Concat3x31x1Branch1Layer1), typeof(Concat3x31x1Branch2Layer1))]
public partial class Concat3x31x1;

[Conv2d(3, 2, 5, InputHeight = 9, InputWidth = 9, Padding = 2, Bias = false)]
public partial class Concat5x53x3BnBranch1Layer1;

[BatchNorm2d(2, InputHeight = 9, InputWidth = 9)]
public partial class Concat5x53x3BnBranch1Layer2;

[Composite(typeof(Concat5x53x3BnBranch1Layer1), typeof(Concat5x53x3BnBranch1Layer2))]
public partial class Concat5x53x3BnBranch1;

[Conv2d(3, 4, 3, InputHeight = 9, InputWidth = 9, Padding = 1, Bias = false)]
public partial class Concat5x53x3BnBranch2Layer1;

[BatchNorm2d(4, InputHeight = 9, InputWidth = 9)]
public partial class Concat5x53x3BnBranch2Layer2;

[Composite(typeof(Concat5x53x3BnBranch2Layer1), typeof(Concat5x53x3BnBranch2Layer2))]
public partial class Concat5x53x3BnBranch2;

[Concat(typeof(Concat5x53x3BnBranch1), typeof(Concat5x53x3BnBranch2), Activation = Activation.Relu)]
public partial class Concat5x53x3Bn;

[BatchNorm2d(3, InputHeight = 8, InputWidth = 8)]
public partial class FoldBnConvReflectLayer1;

[Conv2d(3, 4, 3, InputHeight = 8, InputWidth = 8, Padding = 1, PaddingMode = PaddingMode.Reflect)]
public partial class FoldBnConvReflectLayer2;

[Composite(typeof(FoldBnConvReflectLayer1), typeof(FoldBnConvReflectLayer2))]
public partial class FoldBnConvReflect;

[BatchNorm2d(4, InputHeight = 9, InputWidth = 9)]
public partial class FoldBnConvSameLayer1;

[Conv2d(4, 6, 3, InputHeight = 9, InputWidth = 9, Padding = 1)]
public partial class FoldBnConvSameLayer2;

[Composite(typeof(FoldBnConvSameLayer1), typeof(FoldBnConvSameLayer2))]
public partial class FoldBnConvSame;

[BatchNorm2d(4, InputHeight = 9, InputWidth = 9)]
public partial class FoldBnConvValidLayer1;

[Conv2d(4, 6, 3, InputHeight = 9, InputWidth = 9)]
public partial class FoldBnConvValidLayer2;

[Composite(typeof(FoldBnConvValidLayer1), typeof(FoldBnConvValidLayer2))]
public partial class FoldBnConvValid;

[Conv2d(3, 8, 3, InputHeight = 9, InputWidth = 9, Padding = 1)]
public partial class FoldConvBnLayer1;

[BatchNorm2d(8, InputHeight = 9, InputWidth = 9)]
public partial class FoldConvBnLayer2;

[Composite(typeof(FoldConvBnLayer1), typeof(FoldConvBnLayer2))]
public partial class FoldConvBn;

[Conv2d(4, 8, 1, InputHeight = 9, InputWidth = 9)]
public partial class FoldConvBnConvBnLayer1;

[BatchNorm2d(8, InputHeight = 9, InputWidth = 9)]
public partial class FoldConvBnConvBnLayer2;

[Conv2d(8, 5, 3, InputHeight = 9, InputWidth = 9)]
public partial class FoldConvBnConvBnLayer3;

[BatchNorm2d(5, InputHeight = 7, InputWidth = 7, Activation = Activation.Relu)]
public partial class FoldConvBnConvBnLayer4;

[Composite(typeof(FoldConvBnConvBnLayer1), typeof(FoldConvBnConvBnLayer2), typeof(FoldConvBnConvBnLayer3), typeof(FoldConvBnConvBnLayer4))]
public partial class FoldConvBnConvBn;

[Conv2d(4, 6, 3, InputHeight = 8, InputWidth = 8, Padding = 1, Bias = false)]
public partial class FoldConvBnReluLayer1;

[BatchNorm2d(6, InputHeight = 8, InputWidth = 8, Activation = Activation.Relu)]
public partial class FoldConvBnReluLayer2;

[Composite(typeof(FoldConvBnReluLayer1), typeof(FoldConvBnReluLayer2))]
public partial class FoldConvBnRelu;

[Conv2d(6, 6, 3, InputHeight = 10, InputWidth = 10, Padding = 1, Groups = 6)]
public partial class FoldDepthwiseBnLayer1;

[BatchNorm2d(6, InputHeight = 10, InputWidth = 10)]
public partial class FoldDepthwiseBnLayer2;

[Composite(typeof(FoldDepthwiseBnLayer1), typeof(FoldDepthwiseBnLayer2))]
public partial class FoldDepthwiseBn;

[BatchNorm2d(6, InputHeight = 5, InputWidth = 5)]
public partial class FusedBatchnorm;

[BatchNorm2d(4, InputHeight = 6, InputWidth = 7, Eps = 0.001, Activation = Activation.Relu)]
public partial class FusedBatchnormRelu;

[Conv2d(2, 5, 3, InputHeight = 8, InputWidth = 8, Bias = false, Activation = Activation.LeakyRelu, NegativeSlope = 0.1f)]
public partial class FusedConvLeaky;

[Conv2d(3, 8, 3, InputHeight = 7, InputWidth = 7, Padding = 1, Activation = Activation.Relu)]
public partial class FusedConvRelu;

[Conv2d(4, 4, 3, InputHeight = 9, InputWidth = 9, Stride = 2, Padding = 1, Activation = Activation.Relu6)]
public partial class FusedConvRelu6;

[Conv2d(3, 5, 3, InputHeight = 8, InputWidth = 8, Padding = 1, Bias = false)]
public partial class SumAcnetBranch1Layer1;

[BatchNorm2d(5, InputHeight = 8, InputWidth = 8)]
public partial class SumAcnetBranch1Layer2;

[Composite(typeof(SumAcnetBranch1Layer1), typeof(SumAcnetBranch1Layer2))]
public partial class SumAcnetBranch1;

[Conv2d(3, 5, 1, InputHeight = 8, InputWidth = 8, KernelHeight = 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 1, Bias = false)]
public partial class SumAcnetBranch2Layer1;

[BatchNorm2d(5, InputHeight = 8, InputWidth = 8)]
public partial class SumAcnetBranch2Layer2;

[Composite(typeof(SumAcnetBranch2Layer1), typeof(SumAcnetBranch2Layer2))]
public partial class SumAcnetBranch2;

[Conv2d(3, 5, 1, InputHeight = 8, InputWidth = 8, KernelHeight = 3, KernelWidth = 1, PaddingHeight = 1, PaddingWidth = 0, Bias = false)]
public partial class SumAcnetBranch3Layer1;

[BatchNorm2d(5, InputHeight = 8, InputWidth = 8)]
public partial class SumAcnetBranch3Layer2;

[Composite(typeof(SumAcnetBranch3Layer1), typeof(SumAcnetBranch3Layer2))]
public partial class SumAcnetBranch3;

[Sum(typeof(SumAcnetBranch1), typeof(SumAcnetBranch2), typeof(SumAcnetBranch3))]
public partial class SumAcnet;

[Conv2d(3, 6, 1, InputHeight = 8, InputWidth = 8, Bias = false)]
public partial class SumDbbLikeBranch1Layer1;

[BatchNorm2d(6, InputHeight = 8, InputWidth = 8)]
public partial class SumDbbLikeBranch1Layer2;

[Conv2d(6, 4, 3, InputHeight = 8, InputWidth = 8, Padding = 1, Bias = false)]
public partial class SumDbbLikeBranch1Layer3;

[BatchNorm2d(4, InputHeight = 8, InputWidth = 8)]
public partial class SumDbbLikeBranch1Layer4;

[Composite(typeof(SumDbbLikeBranch1Layer1), typeof(SumDbbLikeBranch1Layer2), typeof(SumDbbLikeBranch1Layer3), typeof(SumDbbLikeBranch1Layer4))]
public partial class SumDbbLikeBranch1;

[Conv2d(3, 4, 3, InputHeight = 8, InputWidth = 8, Padding = 1, Bias = false)]
public partial class SumDbbLikeBranch2Layer1;

[BatchNorm2d(4, InputHeight = 8, InputWidth = 8)]
public partial class SumDbbLikeBranch2Layer2;

[Composite(typeof(SumDbbLikeBranch2Layer1), typeof(SumDbbLikeBranch2Layer2))]
public partial class SumDbbLikeBranch2;

[Sum(typeof(SumDbbLikeBranch1), typeof(SumDbbLikeBranch2))]
public partial class SumDbbLike;

[Conv2d(6, 6, 3, InputHeight = 8, InputWidth = 8, Padding = 1, Groups = 6)]
public partial class SumDepthwiseBranch1Layer1;

[Conv2d(6, 6, 1, InputHeight = 8, InputWidth = 8, Groups = 6)]
public partial class SumDepthwiseBranch2Layer1;

[Sum(typeof(SumDepthwiseBranch1Layer1), typeof(SumDepthwiseBranch2Layer1), typeof(Identity), Activation = Activation.Relu6)]
public partial class SumDepthwise;

[Conv2d(4, 4, 3, InputHeight = 9, InputWidth = 9, Padding = 1, Bias = false)]
public partial class SumRepvggBranch1Layer1;

[BatchNorm2d(4, InputHeight = 9, InputWidth = 9)]
public partial class SumRepvggBranch1Layer2;

[Composite(typeof(SumRepvggBranch1Layer1), typeof(SumRepvggBranch1Layer2))]
public partial class SumRepvggBranch1;

[Conv2d(4, 4, 1, InputHeight = 9, InputWidth = 9, Bias = false)]
public partial class SumRepvggBranch2Layer1;

[BatchNorm2d(4, InputHeight = 9, InputWidth = 9)]
public partial class SumRepvggBranch2Layer2;

[Composite(typeof(SumRepvggBranch2Layer1), typeof(SumRepvggBranch2Layer2))]
public partial class SumRepvggBranch2;

[BatchNorm2d(4, InputHeight = 9, InputWidth = 9)]
public partial class SumRepvggBranch3Layer1;

[Sum(typeof(SumRepvggBranch1), typeof(SumRepvggBranch2), typeof(SumRepvggBranch3Layer1), Activation = Activation.Relu)]
public partial class SumRepvgg;

[Conv2d(4, 8, 3, InputHeight = 10, InputWidth = 10, Stride = 2, Padding = 1, Bias = false)]
public partial class SumRepvggStride2Branch1Layer1;

[BatchNorm2d(8, InputHeight = 5, InputWidth = 5)]
public partial class SumRepvggStride2Branch1Layer2;

[Composite(typeof(SumRepvggStride2Branch1Layer1), typeof(SumRepvggStride2Branch1Layer2))]
public partial class SumRepvggStride2Branch1;

[Conv2d(4, 8, 1, InputHeight = 10, InputWidth = 10, Stride = 2, Bias = false)]
public partial class SumRepvggStride2Branch2Layer1;

[BatchNorm2d(8, InputHeight = 5, InputWidth = 5)]
public partial class SumRepvggStride2Branch2Layer2;

[Composite(typeof(SumRepvggStride2Branch2Layer1), typeof(SumRepvggStride2Branch2Layer2))]
public partial class SumRepvggStride2Branch2;

[Sum(typeof(SumRepvggStride2Branch1), typeof(SumRepvggStride2Branch2), Activation = Activation.Relu)]
public partial class SumRepvggStride2;

[Conv2d(5, 5, 3, InputHeight = 7, InputWidth = 7, Padding = 1)]
public partial class SumResidualBranch1Layer1;

[Sum(typeof(SumResidualBranch1Layer1), typeof(Identity))]
public partial class SumResidual;

public static class ReparamRegistry
{
    public static readonly IReadOnlyDictionary<string, ReparamCase> Cases = new Dictionary<string, ReparamCase>
    {
        ["concat_3x3_1x1"] = new ReparamCase(2, (p, x) => Combine.Activate(Combine.Concat(1, new Concat3x31x1Branch1Layer1(p[0].Weight, p[0].Bias).Forward(x), new Concat3x31x1Branch2Layer1(p[1].Weight, p[1].Bias).Forward(x)), Activation.None, 0.01f), p => { var f = Concat3x31x1.Compose(new Concat3x31x1Branch1Layer1(p[0].Weight, p[0].Bias), new Concat3x31x1Branch2Layer1(p[1].Weight, p[1].Bias)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { Concat3x31x1.InChannels, Concat3x31x1.OutChannels, Concat3x31x1.KernelHeight, Concat3x31x1.KernelWidth, Concat3x31x1.StrideHeight, Concat3x31x1.StrideWidth, Concat3x31x1.PaddingHeight, Concat3x31x1.PaddingWidth, Concat3x31x1.DilationHeight, Concat3x31x1.DilationWidth, Concat3x31x1.Groups, Concat3x31x1.InputHeight, Concat3x31x1.InputWidth, Concat3x31x1.OutputHeight, Concat3x31x1.OutputWidth }, Concat3x31x1.HasBias, Concat3x31x1.PaddingMode, Concat3x31x1.Activation, Concat3x31x1.NegativeSlope, Concat3x31x1.IsExact, Concat3x31x1.ExactRegion),
        ["concat_5x5_3x3_bn"] = new ReparamCase(4, (p, x) => Combine.Activate(Combine.Concat(1, new Concat5x53x3BnBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new Concat5x53x3BnBranch1Layer1(p[0].Weight, p[0].Bias).Forward(x)), new Concat5x53x3BnBranch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!).Forward(new Concat5x53x3BnBranch2Layer1(p[2].Weight, p[2].Bias).Forward(x))), Activation.Relu, 0.01f), p => { var f = Concat5x53x3Bn.Compose(Concat5x53x3BnBranch1.Compose(new Concat5x53x3BnBranch1Layer1(p[0].Weight, p[0].Bias), new Concat5x53x3BnBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)), Concat5x53x3BnBranch2.Compose(new Concat5x53x3BnBranch2Layer1(p[2].Weight, p[2].Bias), new Concat5x53x3BnBranch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!))); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { Concat5x53x3Bn.InChannels, Concat5x53x3Bn.OutChannels, Concat5x53x3Bn.KernelHeight, Concat5x53x3Bn.KernelWidth, Concat5x53x3Bn.StrideHeight, Concat5x53x3Bn.StrideWidth, Concat5x53x3Bn.PaddingHeight, Concat5x53x3Bn.PaddingWidth, Concat5x53x3Bn.DilationHeight, Concat5x53x3Bn.DilationWidth, Concat5x53x3Bn.Groups, Concat5x53x3Bn.InputHeight, Concat5x53x3Bn.InputWidth, Concat5x53x3Bn.OutputHeight, Concat5x53x3Bn.OutputWidth }, Concat5x53x3Bn.HasBias, Concat5x53x3Bn.PaddingMode, Concat5x53x3Bn.Activation, Concat5x53x3Bn.NegativeSlope, Concat5x53x3Bn.IsExact, Concat5x53x3Bn.ExactRegion),
        ["fold_bn_conv_reflect"] = new ReparamCase(2, (p, x) => new FoldBnConvReflectLayer2(p[1].Weight, p[1].Bias).Forward(new FoldBnConvReflectLayer1(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!).Forward(x)), p => { var f = FoldBnConvReflect.Compose(new FoldBnConvReflectLayer1(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!), new FoldBnConvReflectLayer2(p[1].Weight, p[1].Bias)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldBnConvReflect.InChannels, FoldBnConvReflect.OutChannels, FoldBnConvReflect.KernelHeight, FoldBnConvReflect.KernelWidth, FoldBnConvReflect.StrideHeight, FoldBnConvReflect.StrideWidth, FoldBnConvReflect.PaddingHeight, FoldBnConvReflect.PaddingWidth, FoldBnConvReflect.DilationHeight, FoldBnConvReflect.DilationWidth, FoldBnConvReflect.Groups, FoldBnConvReflect.InputHeight, FoldBnConvReflect.InputWidth, FoldBnConvReflect.OutputHeight, FoldBnConvReflect.OutputWidth }, FoldBnConvReflect.HasBias, FoldBnConvReflect.PaddingMode, FoldBnConvReflect.Activation, FoldBnConvReflect.NegativeSlope, FoldBnConvReflect.IsExact, FoldBnConvReflect.ExactRegion),
        ["fold_bn_conv_same"] = new ReparamCase(2, (p, x) => new FoldBnConvSameLayer2(p[1].Weight, p[1].Bias).Forward(new FoldBnConvSameLayer1(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!).Forward(x)), p => { var f = FoldBnConvSame.Compose(new FoldBnConvSameLayer1(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!), new FoldBnConvSameLayer2(p[1].Weight, p[1].Bias)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldBnConvSame.InChannels, FoldBnConvSame.OutChannels, FoldBnConvSame.KernelHeight, FoldBnConvSame.KernelWidth, FoldBnConvSame.StrideHeight, FoldBnConvSame.StrideWidth, FoldBnConvSame.PaddingHeight, FoldBnConvSame.PaddingWidth, FoldBnConvSame.DilationHeight, FoldBnConvSame.DilationWidth, FoldBnConvSame.Groups, FoldBnConvSame.InputHeight, FoldBnConvSame.InputWidth, FoldBnConvSame.OutputHeight, FoldBnConvSame.OutputWidth }, FoldBnConvSame.HasBias, FoldBnConvSame.PaddingMode, FoldBnConvSame.Activation, FoldBnConvSame.NegativeSlope, FoldBnConvSame.IsExact, FoldBnConvSame.ExactRegion),
        ["fold_bn_conv_valid"] = new ReparamCase(2, (p, x) => new FoldBnConvValidLayer2(p[1].Weight, p[1].Bias).Forward(new FoldBnConvValidLayer1(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!).Forward(x)), p => { var f = FoldBnConvValid.Compose(new FoldBnConvValidLayer1(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!), new FoldBnConvValidLayer2(p[1].Weight, p[1].Bias)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldBnConvValid.InChannels, FoldBnConvValid.OutChannels, FoldBnConvValid.KernelHeight, FoldBnConvValid.KernelWidth, FoldBnConvValid.StrideHeight, FoldBnConvValid.StrideWidth, FoldBnConvValid.PaddingHeight, FoldBnConvValid.PaddingWidth, FoldBnConvValid.DilationHeight, FoldBnConvValid.DilationWidth, FoldBnConvValid.Groups, FoldBnConvValid.InputHeight, FoldBnConvValid.InputWidth, FoldBnConvValid.OutputHeight, FoldBnConvValid.OutputWidth }, FoldBnConvValid.HasBias, FoldBnConvValid.PaddingMode, FoldBnConvValid.Activation, FoldBnConvValid.NegativeSlope, FoldBnConvValid.IsExact, FoldBnConvValid.ExactRegion),
        ["fold_conv_bn"] = new ReparamCase(2, (p, x) => new FoldConvBnLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new FoldConvBnLayer1(p[0].Weight, p[0].Bias).Forward(x)), p => { var f = FoldConvBn.Compose(new FoldConvBnLayer1(p[0].Weight, p[0].Bias), new FoldConvBnLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldConvBn.InChannels, FoldConvBn.OutChannels, FoldConvBn.KernelHeight, FoldConvBn.KernelWidth, FoldConvBn.StrideHeight, FoldConvBn.StrideWidth, FoldConvBn.PaddingHeight, FoldConvBn.PaddingWidth, FoldConvBn.DilationHeight, FoldConvBn.DilationWidth, FoldConvBn.Groups, FoldConvBn.InputHeight, FoldConvBn.InputWidth, FoldConvBn.OutputHeight, FoldConvBn.OutputWidth }, FoldConvBn.HasBias, FoldConvBn.PaddingMode, FoldConvBn.Activation, FoldConvBn.NegativeSlope, FoldConvBn.IsExact, FoldConvBn.ExactRegion),
        ["fold_conv_bn_conv_bn"] = new ReparamCase(4, (p, x) => new FoldConvBnConvBnLayer4(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!).Forward(new FoldConvBnConvBnLayer3(p[2].Weight, p[2].Bias).Forward(new FoldConvBnConvBnLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new FoldConvBnConvBnLayer1(p[0].Weight, p[0].Bias).Forward(x)))), p => { var f = FoldConvBnConvBn.Compose(new FoldConvBnConvBnLayer1(p[0].Weight, p[0].Bias), new FoldConvBnConvBnLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!), new FoldConvBnConvBnLayer3(p[2].Weight, p[2].Bias), new FoldConvBnConvBnLayer4(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldConvBnConvBn.InChannels, FoldConvBnConvBn.OutChannels, FoldConvBnConvBn.KernelHeight, FoldConvBnConvBn.KernelWidth, FoldConvBnConvBn.StrideHeight, FoldConvBnConvBn.StrideWidth, FoldConvBnConvBn.PaddingHeight, FoldConvBnConvBn.PaddingWidth, FoldConvBnConvBn.DilationHeight, FoldConvBnConvBn.DilationWidth, FoldConvBnConvBn.Groups, FoldConvBnConvBn.InputHeight, FoldConvBnConvBn.InputWidth, FoldConvBnConvBn.OutputHeight, FoldConvBnConvBn.OutputWidth }, FoldConvBnConvBn.HasBias, FoldConvBnConvBn.PaddingMode, FoldConvBnConvBn.Activation, FoldConvBnConvBn.NegativeSlope, FoldConvBnConvBn.IsExact, FoldConvBnConvBn.ExactRegion),
        ["fold_conv_bn_relu"] = new ReparamCase(2, (p, x) => new FoldConvBnReluLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new FoldConvBnReluLayer1(p[0].Weight, p[0].Bias).Forward(x)), p => { var f = FoldConvBnRelu.Compose(new FoldConvBnReluLayer1(p[0].Weight, p[0].Bias), new FoldConvBnReluLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldConvBnRelu.InChannels, FoldConvBnRelu.OutChannels, FoldConvBnRelu.KernelHeight, FoldConvBnRelu.KernelWidth, FoldConvBnRelu.StrideHeight, FoldConvBnRelu.StrideWidth, FoldConvBnRelu.PaddingHeight, FoldConvBnRelu.PaddingWidth, FoldConvBnRelu.DilationHeight, FoldConvBnRelu.DilationWidth, FoldConvBnRelu.Groups, FoldConvBnRelu.InputHeight, FoldConvBnRelu.InputWidth, FoldConvBnRelu.OutputHeight, FoldConvBnRelu.OutputWidth }, FoldConvBnRelu.HasBias, FoldConvBnRelu.PaddingMode, FoldConvBnRelu.Activation, FoldConvBnRelu.NegativeSlope, FoldConvBnRelu.IsExact, FoldConvBnRelu.ExactRegion),
        ["fold_depthwise_bn"] = new ReparamCase(2, (p, x) => new FoldDepthwiseBnLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new FoldDepthwiseBnLayer1(p[0].Weight, p[0].Bias).Forward(x)), p => { var f = FoldDepthwiseBn.Compose(new FoldDepthwiseBnLayer1(p[0].Weight, p[0].Bias), new FoldDepthwiseBnLayer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { FoldDepthwiseBn.InChannels, FoldDepthwiseBn.OutChannels, FoldDepthwiseBn.KernelHeight, FoldDepthwiseBn.KernelWidth, FoldDepthwiseBn.StrideHeight, FoldDepthwiseBn.StrideWidth, FoldDepthwiseBn.PaddingHeight, FoldDepthwiseBn.PaddingWidth, FoldDepthwiseBn.DilationHeight, FoldDepthwiseBn.DilationWidth, FoldDepthwiseBn.Groups, FoldDepthwiseBn.InputHeight, FoldDepthwiseBn.InputWidth, FoldDepthwiseBn.OutputHeight, FoldDepthwiseBn.OutputWidth }, FoldDepthwiseBn.HasBias, FoldDepthwiseBn.PaddingMode, FoldDepthwiseBn.Activation, FoldDepthwiseBn.NegativeSlope, FoldDepthwiseBn.IsExact, FoldDepthwiseBn.ExactRegion),
        ["fused_batchnorm"] = new ReparamCase(1, (p, x) => new FusedBatchnorm(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!).Forward(x), null, null, default, default, default, default, default, default),
        ["fused_batchnorm_relu"] = new ReparamCase(1, (p, x) => new FusedBatchnormRelu(p[0].Weight, p[0].Bias!, p[0].RunningMean!, p[0].RunningVar!).Forward(x), null, null, default, default, default, default, default, default),
        ["fused_conv_leaky"] = new ReparamCase(1, (p, x) => new FusedConvLeaky(p[0].Weight, p[0].Bias).Forward(x), null, null, default, default, default, default, default, default),
        ["fused_conv_relu"] = new ReparamCase(1, (p, x) => new FusedConvRelu(p[0].Weight, p[0].Bias).Forward(x), null, null, default, default, default, default, default, default),
        ["fused_conv_relu6"] = new ReparamCase(1, (p, x) => new FusedConvRelu6(p[0].Weight, p[0].Bias).Forward(x), null, null, default, default, default, default, default, default),
        ["sum_acnet"] = new ReparamCase(6, (p, x) => Combine.Activate(Combine.Sum(new SumAcnetBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new SumAcnetBranch1Layer1(p[0].Weight, p[0].Bias).Forward(x)), new SumAcnetBranch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!).Forward(new SumAcnetBranch2Layer1(p[2].Weight, p[2].Bias).Forward(x)), new SumAcnetBranch3Layer2(p[5].Weight, p[5].Bias!, p[5].RunningMean!, p[5].RunningVar!).Forward(new SumAcnetBranch3Layer1(p[4].Weight, p[4].Bias).Forward(x))), Activation.None, 0.01f), p => { var f = SumAcnet.Compose(SumAcnetBranch1.Compose(new SumAcnetBranch1Layer1(p[0].Weight, p[0].Bias), new SumAcnetBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)), SumAcnetBranch2.Compose(new SumAcnetBranch2Layer1(p[2].Weight, p[2].Bias), new SumAcnetBranch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!)), SumAcnetBranch3.Compose(new SumAcnetBranch3Layer1(p[4].Weight, p[4].Bias), new SumAcnetBranch3Layer2(p[5].Weight, p[5].Bias!, p[5].RunningMean!, p[5].RunningVar!))); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { SumAcnet.InChannels, SumAcnet.OutChannels, SumAcnet.KernelHeight, SumAcnet.KernelWidth, SumAcnet.StrideHeight, SumAcnet.StrideWidth, SumAcnet.PaddingHeight, SumAcnet.PaddingWidth, SumAcnet.DilationHeight, SumAcnet.DilationWidth, SumAcnet.Groups, SumAcnet.InputHeight, SumAcnet.InputWidth, SumAcnet.OutputHeight, SumAcnet.OutputWidth }, SumAcnet.HasBias, SumAcnet.PaddingMode, SumAcnet.Activation, SumAcnet.NegativeSlope, SumAcnet.IsExact, SumAcnet.ExactRegion),
        ["sum_dbb_like"] = new ReparamCase(6, (p, x) => Combine.Activate(Combine.Sum(new SumDbbLikeBranch1Layer4(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!).Forward(new SumDbbLikeBranch1Layer3(p[2].Weight, p[2].Bias).Forward(new SumDbbLikeBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new SumDbbLikeBranch1Layer1(p[0].Weight, p[0].Bias).Forward(x)))), new SumDbbLikeBranch2Layer2(p[5].Weight, p[5].Bias!, p[5].RunningMean!, p[5].RunningVar!).Forward(new SumDbbLikeBranch2Layer1(p[4].Weight, p[4].Bias).Forward(x))), Activation.None, 0.01f), p => { var f = SumDbbLike.Compose(SumDbbLikeBranch1.Compose(new SumDbbLikeBranch1Layer1(p[0].Weight, p[0].Bias), new SumDbbLikeBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!), new SumDbbLikeBranch1Layer3(p[2].Weight, p[2].Bias), new SumDbbLikeBranch1Layer4(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!)), SumDbbLikeBranch2.Compose(new SumDbbLikeBranch2Layer1(p[4].Weight, p[4].Bias), new SumDbbLikeBranch2Layer2(p[5].Weight, p[5].Bias!, p[5].RunningMean!, p[5].RunningVar!))); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { SumDbbLike.InChannels, SumDbbLike.OutChannels, SumDbbLike.KernelHeight, SumDbbLike.KernelWidth, SumDbbLike.StrideHeight, SumDbbLike.StrideWidth, SumDbbLike.PaddingHeight, SumDbbLike.PaddingWidth, SumDbbLike.DilationHeight, SumDbbLike.DilationWidth, SumDbbLike.Groups, SumDbbLike.InputHeight, SumDbbLike.InputWidth, SumDbbLike.OutputHeight, SumDbbLike.OutputWidth }, SumDbbLike.HasBias, SumDbbLike.PaddingMode, SumDbbLike.Activation, SumDbbLike.NegativeSlope, SumDbbLike.IsExact, SumDbbLike.ExactRegion),
        ["sum_depthwise"] = new ReparamCase(2, (p, x) => Combine.Activate(Combine.Sum(new SumDepthwiseBranch1Layer1(p[0].Weight, p[0].Bias).Forward(x), new SumDepthwiseBranch2Layer1(p[1].Weight, p[1].Bias).Forward(x), x), Activation.Relu6, 0.01f), p => { var f = SumDepthwise.Compose(new SumDepthwiseBranch1Layer1(p[0].Weight, p[0].Bias), new SumDepthwiseBranch2Layer1(p[1].Weight, p[1].Bias)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { SumDepthwise.InChannels, SumDepthwise.OutChannels, SumDepthwise.KernelHeight, SumDepthwise.KernelWidth, SumDepthwise.StrideHeight, SumDepthwise.StrideWidth, SumDepthwise.PaddingHeight, SumDepthwise.PaddingWidth, SumDepthwise.DilationHeight, SumDepthwise.DilationWidth, SumDepthwise.Groups, SumDepthwise.InputHeight, SumDepthwise.InputWidth, SumDepthwise.OutputHeight, SumDepthwise.OutputWidth }, SumDepthwise.HasBias, SumDepthwise.PaddingMode, SumDepthwise.Activation, SumDepthwise.NegativeSlope, SumDepthwise.IsExact, SumDepthwise.ExactRegion),
        ["sum_repvgg"] = new ReparamCase(5, (p, x) => Combine.Activate(Combine.Sum(new SumRepvggBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new SumRepvggBranch1Layer1(p[0].Weight, p[0].Bias).Forward(x)), new SumRepvggBranch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!).Forward(new SumRepvggBranch2Layer1(p[2].Weight, p[2].Bias).Forward(x)), new SumRepvggBranch3Layer1(p[4].Weight, p[4].Bias!, p[4].RunningMean!, p[4].RunningVar!).Forward(x)), Activation.Relu, 0.01f), p => { var f = SumRepvgg.Compose(SumRepvggBranch1.Compose(new SumRepvggBranch1Layer1(p[0].Weight, p[0].Bias), new SumRepvggBranch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)), SumRepvggBranch2.Compose(new SumRepvggBranch2Layer1(p[2].Weight, p[2].Bias), new SumRepvggBranch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!)), new SumRepvggBranch3Layer1(p[4].Weight, p[4].Bias!, p[4].RunningMean!, p[4].RunningVar!)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { SumRepvgg.InChannels, SumRepvgg.OutChannels, SumRepvgg.KernelHeight, SumRepvgg.KernelWidth, SumRepvgg.StrideHeight, SumRepvgg.StrideWidth, SumRepvgg.PaddingHeight, SumRepvgg.PaddingWidth, SumRepvgg.DilationHeight, SumRepvgg.DilationWidth, SumRepvgg.Groups, SumRepvgg.InputHeight, SumRepvgg.InputWidth, SumRepvgg.OutputHeight, SumRepvgg.OutputWidth }, SumRepvgg.HasBias, SumRepvgg.PaddingMode, SumRepvgg.Activation, SumRepvgg.NegativeSlope, SumRepvgg.IsExact, SumRepvgg.ExactRegion),
        ["sum_repvgg_stride2"] = new ReparamCase(4, (p, x) => Combine.Activate(Combine.Sum(new SumRepvggStride2Branch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!).Forward(new SumRepvggStride2Branch1Layer1(p[0].Weight, p[0].Bias).Forward(x)), new SumRepvggStride2Branch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!).Forward(new SumRepvggStride2Branch2Layer1(p[2].Weight, p[2].Bias).Forward(x))), Activation.Relu, 0.01f), p => { var f = SumRepvggStride2.Compose(SumRepvggStride2Branch1.Compose(new SumRepvggStride2Branch1Layer1(p[0].Weight, p[0].Bias), new SumRepvggStride2Branch1Layer2(p[1].Weight, p[1].Bias!, p[1].RunningMean!, p[1].RunningVar!)), SumRepvggStride2Branch2.Compose(new SumRepvggStride2Branch2Layer1(p[2].Weight, p[2].Bias), new SumRepvggStride2Branch2Layer2(p[3].Weight, p[3].Bias!, p[3].RunningMean!, p[3].RunningVar!))); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { SumRepvggStride2.InChannels, SumRepvggStride2.OutChannels, SumRepvggStride2.KernelHeight, SumRepvggStride2.KernelWidth, SumRepvggStride2.StrideHeight, SumRepvggStride2.StrideWidth, SumRepvggStride2.PaddingHeight, SumRepvggStride2.PaddingWidth, SumRepvggStride2.DilationHeight, SumRepvggStride2.DilationWidth, SumRepvggStride2.Groups, SumRepvggStride2.InputHeight, SumRepvggStride2.InputWidth, SumRepvggStride2.OutputHeight, SumRepvggStride2.OutputWidth }, SumRepvggStride2.HasBias, SumRepvggStride2.PaddingMode, SumRepvggStride2.Activation, SumRepvggStride2.NegativeSlope, SumRepvggStride2.IsExact, SumRepvggStride2.ExactRegion),
        ["sum_residual"] = new ReparamCase(1, (p, x) => Combine.Activate(Combine.Sum(new SumResidualBranch1Layer1(p[0].Weight, p[0].Bias).Forward(x), x), Activation.None, 0.01f), p => { var f = SumResidual.Compose(new SumResidualBranch1Layer1(p[0].Weight, p[0].Bias)); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); },
            new[] { SumResidual.InChannels, SumResidual.OutChannels, SumResidual.KernelHeight, SumResidual.KernelWidth, SumResidual.StrideHeight, SumResidual.StrideWidth, SumResidual.PaddingHeight, SumResidual.PaddingWidth, SumResidual.DilationHeight, SumResidual.DilationWidth, SumResidual.Groups, SumResidual.InputHeight, SumResidual.InputWidth, SumResidual.OutputHeight, SumResidual.OutputWidth }, SumResidual.HasBias, SumResidual.PaddingMode, SumResidual.Activation, SumResidual.NegativeSlope, SumResidual.IsExact, SumResidual.ExactRegion),
    };
}
