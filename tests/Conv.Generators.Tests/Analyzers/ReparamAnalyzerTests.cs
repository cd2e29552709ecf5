extern alias generator;

using System.Threading.Tasks;
using Xunit;
using Verifier = Conv.Generators.Tests.Analyzers.AnalyzerVerifier<generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer>;

namespace Conv.Generators.Tests.Analyzers;

/// <summary>The diagnostics of BatchNorm2d layers, activations, and the branches of [Sum] and [Concat].</summary>
public class ReparamAnalyzerTests
{
    private const string Layers = """
        using Conv;
        [Conv2d(4, 8, 3, Padding = 1, Bias = false, InputHeight = 9, InputWidth = 9)] public partial class Conv3x3;
        [Conv2d(4, 8, 1, Bias = false, InputHeight = 9, InputWidth = 9)] public partial class Conv1x1;
        [Conv2d(4, 8, 3, Padding = 1, InputHeight = 9, InputWidth = 9, Activation = Activation.Relu)] public partial class Conv3x3Relu;
        [BatchNorm2d(8, InputHeight = 9, InputWidth = 9)] public partial class Bn8;
        [BatchNorm2d(4, InputHeight = 9, InputWidth = 9)] public partial class Bn4;
        [BatchNorm2d(8, InputHeight = 9, InputWidth = 9, Activation = Activation.Relu6)] public partial class Bn8Relu6;
        [Conv2d(8, 8, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class Conv8;
        [Conv2d(4, 6, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class Conv4To6;
        [Conv2d(4, 8, 3, Stride = 2, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class ConvStride2;
        [Conv2d(4, 8, 3, Padding = 1, PaddingMode = PaddingMode.Reflect, InputHeight = 9, InputWidth = 9)] public partial class ConvReflect;
        [Conv2d(4, 8, 3, Padding = 2, Dilation = 2, InputHeight = 9, InputWidth = 9)] public partial class ConvDilated;
        """;

    [Fact]
    public Task A_valid_repvgg_block_and_fold_chains_have_no_diagnostic() => Verifier.Verify(Layers + """
        [Composite(typeof(Conv3x3), typeof(Bn8Relu6))] public partial class ConvBnRelu6;
        [Composite(typeof(Conv3x3), typeof(Bn8))] public partial class Branch3x3;
        [Composite(typeof(Conv1x1), typeof(Bn8))] public partial class Branch1x1;
        [Sum(typeof(Branch3x3), typeof(Branch1x1), Activation = Activation.Relu)] public partial class Block;
        [Concat(typeof(Branch3x3), typeof(Conv4To6))] public partial class Stacked;
        [Sum(typeof(Bn4), typeof(Identity))] public partial class Residual;
        [Sum(typeof(Branch3x3), typeof(Branch1x1))] public partial class LinearBlock;
        [Conv2d(8, 8, 1, InputHeight = 9, InputWidth = 9)] public partial class Pointwise8;
        [Composite(typeof(LinearBlock), typeof(Pointwise8))] public partial class BlockThenConv;
        """);

    [Fact]
    public Task CONV009_activation_before_the_last_member() => Verifier.Verify(Layers +
        "[Composite({|#0:typeof(Conv3x3Relu)|}, typeof(Bn8))] public partial class Chain;",
        Verifier.Diagnostic("CONV009").WithLocation(0).WithMessage(
            "Chain runs Conv3x3Relu before Bn8, but Conv3x3Relu applies Relu: the chain is not linear, so no single conv equals it; only the last member may have an activation"));

    [Fact]
    public Task CONV009_a_sum_with_an_activation_is_not_linear_inside_a_chain() => Verifier.Verify(Layers + """
        [Sum(typeof(Conv3x3), typeof(Conv1x1), Activation = Activation.LeakyRelu)] public partial class Leaky;
        [Composite({|#0:typeof(Leaky)|}, typeof(Conv8))] public partial class Chain;
        """,
        Verifier.Diagnostic("CONV009").WithLocation(0).WithMessage(
            "Chain runs Leaky before Conv8, but Leaky applies LeakyRelu: the chain is not linear, so no single conv equals it; only the last member may have an activation"));

    [Fact]
    public Task CONV009_a_branch_with_an_activation() => Verifier.Verify(Layers +
        "[Sum(typeof(Conv1x1), {|#0:typeof(Conv3x3Relu)|})] public partial class Block;",
        Verifier.Diagnostic("CONV009").WithLocation(0).WithMessage(
            "Block combines Conv3x3Relu, which applies Relu: branches are one conv only when every branch is linear; set Activation = Activation.Relu on Block instead"));

    [Fact]
    public Task CONV003_a_batchnorm_of_the_wrong_channels() => Verifier.Verify(Layers +
        "[Composite(typeof(Conv3x3), {|#0:typeof(Bn4)|})] public partial class Chain;",
        Verifier.Diagnostic("CONV003").WithLocation(0).WithMessage("Bn4 expects 4 input channels but Conv3x3 produces 8"));

    [Fact]
    public Task CONV010_sum_of_different_output_channels() => Verifier.Verify(Layers +
        "[Sum(typeof(Conv3x3), {|#0:typeof(Conv4To6)|})] public partial class Block;",
        Verifier.Diagnostic("CONV010").WithLocation(0).WithMessage(
            "Block's branches do not fit one conv: Conv4To6 produces 6 output channels but Conv3x3 produces 8: a sum adds outputs of equal shape"));

    [Fact]
    public Task CONV010_strides_that_differ() => Verifier.Verify(Layers +
        "[Concat(typeof(Conv3x3), {|#0:typeof(ConvStride2)|})] public partial class Block;",
        Verifier.Diagnostic("CONV010").WithLocation(0).WithMessage("Block's branches do not fit one conv: ConvStride2 has stride 2x2 but Conv3x3 has 1x1"));

    [Fact]
    public Task CONV010_padding_modes_that_differ() => Verifier.Verify(Layers +
        "[Sum(typeof(Conv3x3), {|#0:typeof(ConvReflect)|})] public partial class Block;",
        Verifier.Diagnostic("CONV010").WithLocation(0).WithMessage("Block's branches do not fit one conv: ConvReflect pads with Reflect but Conv3x3 with Zeros: one conv pads one way"));

    [Fact]
    public Task CONV010_an_identity_of_other_channels() => Verifier.Verify(Layers +
        "[Sum(typeof(Conv3x3), {|#0:typeof(Identity)|})] public partial class Block;",
        Verifier.Diagnostic("CONV010").WithLocation(0).WithMessage(
            "Block's branches do not fit one conv: Identity produces 4 output channels but Conv3x3 produces 8: a sum adds outputs of equal shape"));

    [Fact]
    public Task CONV010_only_identities() => Verifier.Verify(Layers +
        "[{|#0:Sum(typeof(Identity), typeof(Identity))|}] public partial class Block;",
        Verifier.Diagnostic("CONV010").WithLocation(0).WithMessage(
            "Block has only Identity branches: give it at least one layer branch, which fixes the channels and the size"));

    [Fact]
    public Task CONV007_branches_that_are_not_layers_and_too_few() => Verifier.Verify(Layers + """
        [Sum(typeof(Conv3x3), {|#0:typeof(string)|})] public partial class Block;
        [{|#1:Concat(typeof(Conv3x3))|}] public partial class Single;
        [Composite(typeof(Conv3x3), {|#2:typeof(Identity)|})] public partial class Chain;
        """,
        Verifier.Diagnostic("CONV007").WithLocation(0).WithMessage(
            "Block combines string, which is not a layer type: give it [Conv2d], [BatchNorm2d], [Composite], [Sum] or [Concat], or use typeof(Identity)"),
        Verifier.Diagnostic("CONV007").WithLocation(1).WithMessage("Single combines 1 branch, but a [Concat] needs two or more branches"),
        Verifier.Diagnostic("CONV007").WithLocation(2).WithMessage(
            "Chain composes Identity, which is a branch of a [Sum] or [Concat], not a layer of a chain: remove it"));

    [Fact]
    public Task CONV008_branches_whose_taps_spread_over_a_large_window() => Verifier.Verify(Layers +
        "[{|#0:Sum(typeof(Conv3x3), typeof(ConvDilated))|}] public partial class Block;",
        Verifier.Diagnostic("CONV008").WithLocation(0).WithMessage(
            "Block costs 800 multiply-adds per output position but running its branches Conv3x3, ConvDilated costs 576 (64800 against 46656 per batch item)"));

    [Fact]
    public Task CONV005_batchnorm_before_a_zero_padded_conv() => Verifier.Verify(Layers + """
        [Conv2d(4, 8, 3, Padding = 1, InputHeight = 9, InputWidth = 9)] public partial class Padded;
        [{|#0:Composite(typeof(Bn4), typeof(Padded))|}] public partial class Chain;
        """,
        Verifier.Diagnostic("CONV005").WithLocation(0).WithMessage(
            "Chain differs from running Bn4 then Padded in output rows 0 and 8 and columns 0 and 8: Padded's zero padding holds zeros where the sequence's Bn4 would " +
            "give beta - mean * scale, which the folded conv adds everywhere; give Padded padding 0 (valid, with a smaller output), or use PaddingMode.Reflect, " +
            "PaddingMode.Replicate or PaddingMode.Circular, or keep the layers as they are and read the composite only inside its ExactRegion"));

    [Fact]
    public Task CONV005_offers_no_padding_change_to_a_member_without_padding_of_its_own() => Verifier.Verify(Layers + """
        [Composite(typeof(Conv3x3), typeof(Bn8))] public partial class Branch3x3;
        [Composite(typeof(Conv1x1), typeof(Bn8))] public partial class Branch1x1;
        [Sum(typeof(Branch3x3), typeof(Branch1x1))] public partial class LinearBlock;
        [{|#0:Composite(typeof(LinearBlock), typeof(Conv8))|}] public partial class BlockThenConv;
        """,
        Verifier.Diagnostic("CONV005").WithLocation(0).WithMessage(
            "BlockThenConv differs from running LinearBlock then Conv8 in output rows 0 and 8 and columns 0 and 8: Conv8 pads LinearBlock's output with zeros " +
            "where the composite sees real values; the bias of LinearBlock is missing from that zero padding but the composite adds it everywhere; " +
            "no padding of these layers makes it exact; keep the layers as they are and read the composite only inside its ExactRegion"));

    [Fact]
    public Task CONV002_batchnorm_channels_size_eps_and_slope() => Verifier.Verify("""
        using Conv;
        [BatchNorm2d({|#0:0|}, InputHeight = 4, InputWidth = 4)] public partial class NoChannels;
        [{|#1:BatchNorm2d(4, InputWidth = 4)|}] public partial class NoHeight;
        [BatchNorm2d(4, InputHeight = 4, InputWidth = 4, {|#2:Eps = -1e-5|})] public partial class NegativeEps;
        [{|#3:Conv2d(4, 4, 1, InputHeight = 4, InputWidth = 4, Activation = Activation.LeakyRelu, NegativeSlope = float.NaN)|}] public partial class NaNSlope;
        """,
        Verifier.Diagnostic("CONV002").WithLocation(0).WithMessage("NoChannels has an impossible geometry: channels must be positive but is 0"),
        Verifier.Diagnostic("CONV002").WithLocation(1).WithMessage("NoHeight has an impossible geometry: InputHeight is required (shapes are fixed at compile time): add InputHeight = <input rows>"),
        Verifier.Diagnostic("CONV002").WithLocation(2).WithMessage("NegativeEps has an impossible geometry: Eps must be a finite number of at least 0, not -1E-05"),
        Verifier.Diagnostic("CONV002").WithLocation(3).WithMessage("NaNSlope has an impossible geometry: NegativeSlope must be a finite number, not NaN"));
}
