using System.Linq;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// The generated file of any one layer stays small whatever its shape: a kernel body writes out a bounded number of
/// statements, then loops over kernel rows (and columns), so the size does not grow with the window. The declaration
/// fuzz test holds every file it generates to the same bound.
/// </summary>
public class GeneratedSizeTests
{
    /// <summary>Characters; the README states it.</summary>
    public const int MaxFileBytes = 250_000;

    [Theory]
    [InlineData("[Conv.Conv2d(1, 2, 31, Padding = 15, InputHeight = 31, InputWidth = 33)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 7, Padding = 3, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 7, KernelWidth = 15, Padding = 7, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 5, Padding = 2, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 1, KernelHeight = 49, Padding = 24, InputHeight = 56, InputWidth = 56)] public partial class L;")]
    [InlineData("[Conv.Conv2d(4, 8, 3, Stride = 2, Padding = 1, PaddingMode = Conv.PaddingMode.Circular, InputHeight = 57, InputWidth = 57)] public partial class L;")]
    [InlineData("[Conv.Conv2d(3, 3, 7, Dilation = 3, Padding = 9, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 64, InputWidth = 64)] public partial class L;")]
    [InlineData("[Conv.Conv2d(64, 64, 63, Padding = 31, InputHeight = 64, InputWidth = 64)] public partial class L;")]
    // Windows that tile their input in channel vectors, written out per kernel column and piece of a row: the most
    // column bodies (16 x 2 pieces of 12 positions), and one more piece (3: the kernels over runs instead).
    [InlineData("[Conv.Conv2d(3, 64, 16, Stride = 16, InputHeight = 384, InputWidth = 384)] public partial class L;")]
    [InlineData("[Conv.Conv2d(3, 64, 16, Stride = 16, InputHeight = 512, InputWidth = 512)] public partial class L;")]
    public void A_layer_file_stays_under_the_bound(string source) => AllUnderBound(source);

    [Fact]
    public void A_ten_layer_composite_stays_under_the_bound() =>
        AllUnderBound("[Conv.Conv2d(4, 8, 3, Padding = 1, InputHeight = 32, InputWidth = 32)] public partial class A;"
                      + "[Conv.Conv2d(8, 8, 3, Padding = 1, InputHeight = 32, InputWidth = 32)] public partial class B;"
                      + "[Conv.Composite(typeof(A), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B), typeof(B))] public partial class L;");

    [Fact]
    public void A_31x31_window_loops_over_kernel_rows_and_columns_in_both_kernels()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80("[Conv.Conv2d(1, 2, 31, Padding = 15, InputHeight = 31, InputWidth = 33)] public partial class L;"));
        var text = result.Results.Single().GeneratedSources.Single().SourceText.ToString();
        var vector = text.Substring(text.IndexOf("void ForwardVector", System.StringComparison.Ordinal));
        var scalar = text.Substring(text.IndexOf("void ForwardScalar", System.StringComparison.Ordinal));
        Assert.Contains("for (int ky = 0; ky < 31; ky++)", vector);
        Assert.Contains("for (int kx = 0; kx < 31; kx++)", vector);
        Assert.Contains("for (int kx = 0; kx < 31; kx++)", scalar);
    }

    // Dense layers of 7x7 to 28x28 outputs with taps in the zero padding: 16 output channels per vector on AVX-512, the
    // weights rearranged by PackWeights (on the first call, then kept: RearrangedWeight), for one item too. Wider rows
    // (up to 64) and unpadded layers where the lanes past the rows' ends and the padding taps come to 6% or more (rows of
    // 52, 5x5 at 35x35, unpadded stride 2 into 17x17); grouped layers whose groups have whole blocks of 32 output
    // channels; rows of 56 and of 17 (their last 8-lane vector counted as a 16-lane one). Not for other padding modes
    // (their border taps are not zero), not for groups of 16 output channels, not for wider rows of fewer than 256 taps
    // per output (16 channels at 55x55 and at 15x17), not for unpadded rows of 16 or rows of 71, not with few taps per output.
    [Theory]
    [InlineData("[Conv.Conv2d(256, 256, 3, Padding = 1, InputHeight = 14, InputWidth = 14)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(128, 256, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(512, 512, 3, Padding = 1, InputHeight = 7, InputWidth = 7)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(256, 256, 3, Padding = 1, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 14, InputWidth = 14)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(256, 256, 3, Padding = 1, Groups = 2, InputHeight = 14, InputWidth = 14)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(1024, 1024, 3, Padding = 1, Groups = 32, InputHeight = 7, InputWidth = 7)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(512, 512, 3, Padding = 1, Groups = 32, InputHeight = 14, InputWidth = 14)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(256, 256, 1, InputHeight = 14, InputWidth = 14)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(256, 256, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(256, 256, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(16, 32, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(8, 64, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(128, 256, 3, Padding = 1, InputHeight = 52, InputWidth = 52)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(48, 64, 5, Padding = 2, InputHeight = 35, InputWidth = 35)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(288, 384, 3, Stride = 2, InputHeight = 35, InputWidth = 35)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(16, 64, 3, Padding = 1, InputHeight = 55, InputWidth = 55)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(64, 64, 3, InputHeight = 18, InputWidth = 18)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(80, 192, 3, InputHeight = 73, InputWidth = 73)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(128, 32, 3, Stride = 2, InputHeight = 7, InputWidth = 35)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(16, 32, 3, Stride = 2, InputHeight = 31, InputWidth = 35)] public partial class L;", false, false)]
    // Rows of 8 to 15 columns read as rows (no flat run) have no 16-lane row kernel: this one takes the slot.
    [InlineData("[Conv.Conv2d(448, 384, 3, Padding = 1, InputHeight = 8, InputWidth = 8)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(384, 384, 1, KernelWidth = 3, PaddingWidth = 1, InputHeight = 8, InputWidth = 8)] public partial class L;", true, true)]
    public void Narrow_zero_padded_layers_hold_output_channels_in_vectors(string source, bool items, bool oneItem)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(items, text.Contains("private static void ForwardItemsVector512(", System.StringComparison.Ordinal));
        Assert.Equal(items, text.Contains("private static void PackWeights(", System.StringComparison.Ordinal));
        Assert.Equal(oneItem, System.Text.RegularExpressions.Regex.IsMatch(
            text, @"ForwardItemsVector512\(ref x, ref view, (ref flat, )?ref weight, bias, ref y, oStart, oEnd, 1, null\);"));
        Assert.Contains("void ForwardVector512(", text);
    }

    // A 1x1 layer's run over an input larger than the L2 cache goes in spans of positions (every block of output channels
    // over one span, then the next), in each kernel but the AVX2 one (16 registers), which goes a block of positions at a
    // time in chunks of input channels (KernelPlan.InputChunk); not over an input that fits (256 KB), not where the view
    // is padded.
    [Theory]
    [InlineData("[Conv.Conv2d(1024, 1024, 1, InputHeight = 19, InputWidth = 19)] public partial class L;", 3)]
    [InlineData("[Conv.Conv2d(512, 128, 1, InputHeight = 28, InputWidth = 28)] public partial class L;", 3)]
    [InlineData("[Conv.Conv2d(256, 128, 1, InputHeight = 16, InputWidth = 16)] public partial class L;", 0)]
    [InlineData("[Conv.Conv2d(1024, 1024, 1, Padding = 1, InputHeight = 19, InputWidth = 19)] public partial class L;", 0)]
    public void Runs_over_large_inputs_go_in_spans(string source, int kernels)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(kernels, System.Text.RegularExpressions.Regex.Matches(text, @"for \(int span = 0; span < \d+; span \+= \d+\)").Count);
    }

    // Over the kept rearranged weights a batch runs only as many items at a time as keep their inputs and running sums within
    // about 1 MB (KernelPlan.KeptChannelItems): 512 channels at 14x14 (392 KB + 25 KB an item) two, at 7x7 (98 KB + 6 KB)
    // nine; 64 channels at 7x7 all the view holds, as when the weights are rearranged on each call.
    [Theory]
    [InlineData("[Conv.Conv2d(512, 512, 3, Padding = 1, InputHeight = 14, InputWidth = 14)] public partial class L;", 2)]
    [InlineData("[Conv.Conv2d(512, 512, 3, Padding = 1, InputHeight = 7, InputWidth = 7)] public partial class L;", 9)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 7, InputWidth = 7)] public partial class L;", null)]
    public void Batches_over_the_kept_weights_go_a_few_items_at_a_time(string source, int? kept)
    {
        var text = OneGeneratedFile(source);
        var step = System.Text.RegularExpressions.Regex.Match(text, @"int step = rearranged is null \? \d+ : (\d+);");
        Assert.Equal(kept, step.Success ? int.Parse(step.Groups[1].Value) : null);
        Assert.Contains("ForwardItemsVector512(", text);
    }

    // The AVX2 kernel (16 registers) over one run of positions: every block of output channels over one block of
    // positions before the next (KernelPlan.InputChunk), in chunks of input channels whose inputs for one block of 4
    // channels x 3 vectors of 8 come to about 8 KB in layers of up to 2 MB of weights (9 channels of a 3x3 window:
    // ResNet-18's layer3.0.conv1's 128; layer2.0.conv1's 64 in 8 chunks of 8; 512 channels of a 1x1 layer in chunks of
    // 74; a 3x3 layer's view of 161 KB in chunks of 8), to 64 KB in larger ones (75: ResNet-18's layer4's 512; 682 of a
    // 1x1 layer's 2048), or all at once (64 channels into 1024, 2.4 MB of weights; 16 channels, 14 KB). Not where all
    // inputs come to 16 KB at most and a 1x1 layer or a view up to 256 KB would read its view as before.
    [Theory]
    [InlineData("[Conv.Conv2d(128, 256, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", "// Chunks of 9 input channels")]
    [InlineData("[Conv.Conv2d(64, 128, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class L;", "// Chunks of 8 input channels")]
    [InlineData("[Conv.Conv2d(512, 512, 3, Padding = 1, InputHeight = 7, InputWidth = 7)] public partial class L;", "// Chunks of 75 input channels")]
    [InlineData("[Conv.Conv2d(64, 1024, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class L;", "// Every block of output channels over one block of positions")]
    [InlineData("[Conv.Conv2d(16, 64, 3, Padding = 1, InputHeight = 55, InputWidth = 55)] public partial class L;", "// Every block of output channels over one block of positions")]
    [InlineData("[Conv.Conv2d(512, 128, 1, InputHeight = 28, InputWidth = 28)] public partial class L;", "// Chunks of 74 input channels")]
    [InlineData("[Conv.Conv2d(2048, 512, 1, InputHeight = 7, InputWidth = 7)] public partial class L;", "// Chunks of 682 input channels")]
    // The chunked 1x1 layers of the generated-code tests (InputChunkTests).
    [InlineData("[Conv.Conv2d(256, 64, 1, InputHeight = 28, InputWidth = 28)] public partial class L;", "// Chunks of 64 input channels")]
    [InlineData("[Conv.Conv2d(256, 512, 1, Stride = 2, InputHeight = 14, InputWidth = 14)] public partial class L;", "// Chunks of 64 input channels")]
    [InlineData("[Conv.Conv2d(32, 64, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", "// Chunks of 8 input channels")]
    [InlineData("[Conv.Conv2d(64, 128, 1, Stride = 2, InputHeight = 56, InputWidth = 56)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(16, 32, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class L;", null)]
    public void The_AVX2_kernel_reads_a_block_of_positions_at_a_time_in_chunks_for_the_cache(string source, string? comment)
    {
        var text = OneGeneratedFile(source);
        var kernel = Method(text, "ForwardVector");
        var blocks = System.Text.RegularExpressions.Regex.Matches(kernel, @"// (Chunks of \d+ input channels|Every block of output channels over one block of positions)").Count;
        Assert.Equal(comment is null ? 0 : 1, blocks);
        if (comment is not null) Assert.Contains(comment, kernel);
        Assert.DoesNotContain("// Chunks of", text.Substring(0, text.IndexOf("private static void ForwardVector(", System.StringComparison.Ordinal)));
    }

    // Views over 4 MB of up to 64 input channels are padded band by band, each band's rows just before the kernel reads
    // them (KernelPlan.PadsByBand), in every kernel of the general emitter (five here); not views of more channels or of
    // 4 MB or less, and not where only every other row is copied (a 1x1 window at stride 2).
    [Theory]
    [InlineData("[Conv.Conv2d(16, 32, 3, Stride = 2, Padding = 1, InputHeight = 320, InputWidth = 320)] public partial class L;", 5)]
    [InlineData("[Conv.Conv2d(3, 32, 6, Stride = 2, Padding = 2, InputHeight = 640, InputWidth = 640)] public partial class L;", 5)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 224, InputWidth = 224)] public partial class L;", 5)]
    [InlineData("[Conv.Conv2d(4, 8, 3, Stride = 2, Padding = 1, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 512, InputWidth = 512)] public partial class L;", 5)]
    [InlineData("[Conv.Conv2d(128, 128, 3, Padding = 1, InputHeight = 112, InputWidth = 112)] public partial class L;", 0)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 80, InputWidth = 80)] public partial class L;", 0)]
    [InlineData("[Conv.Conv2d(16, 32, 1, Stride = 2, Padding = 1, InputHeight = 512, InputWidth = 512)] public partial class L;", 0)]
    public void Large_views_of_few_channels_are_padded_band_by_band(string source, int kernels)
    {
        var text = OneGeneratedFile(source);
        var bandPads = System.Text.RegularExpressions.Regex.Matches(text, @"Pad\(ref x, ref view, 0, \d+, viewEnd, readEnd\);").Count;
        Assert.Equal(kernels, bandPads);
        Assert.Equal(kernels > 0, text.Contains("int cStart, int cEnd, int rStart, int rEnd)", System.StringComparison.Ordinal));
    }

    // Views over 1 MB whose output rows cannot be banded (one row: a 1-D layer) run in spans of columns, every block of
    // output channels over one span, in each vector kernel (Vector512, Avx512, Vector256, Vector128) that has no chunks of
    // input channels, whether a row's last block overlaps the one before (folded: the 16-lane and an 8-lane kernel of rows
    // of 1599, an 8-lane one of rows of 1500) or a tail follows the whole blocks. Not for views up to 1 MB, nor outputs
    // of several row blocks (banded instead).
    [Theory]
    [InlineData("[Conv.Conv2d(384, 384, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000)] public partial class L;", 4, 1)]
    [InlineData("[Conv.Conv2d(512, 512, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, InputHeight = 1, InputWidth = 3199)] public partial class L;", 4, 2)]
    [InlineData("[Conv.Conv2d(64, 64, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, InputHeight = 1, InputWidth = 3000)] public partial class L;", 0, 0)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Stride = 2, Padding = 1, InputHeight = 112, InputWidth = 112)] public partial class L;", 0, 0)]
    public void One_row_views_over_the_L2_cache_run_in_spans_of_columns(string source, int spans, int folded)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(spans, System.Text.RegularExpressions.Regex.Matches(text, @"for \(int span = 0; span < \d+; span \+= \d+\)").Count);
        Assert.Equal(folded, System.Text.RegularExpressions.Regex.Matches(text, @"for \(int next = span; ").Count);
    }

    // The 16-lane kernel's block (Tile.Choose): a 1x1 layer counts its input vectors as two loads (each read from the L2
    // cache once per block of output channels), so 8 channels win; so does a strided window whose taps read each input
    // line about once, over more input channels than the L1 cache holds (Whisper's 1x3 at stride 2 over 384 channels:
    // 6 x 4, at most 4 vectors), its weight broadcasts two loads too where 8 channels' weights pass the L1 (wav2vec 2.0's
    // 512 channels: 4 x 4). Not 3x3 windows at stride 1, whose taps read the same lines again, nor a strided window over
    // 16 channels: 4 x 5 at rows of 80.
    [Theory]
    [InlineData("[Conv.Conv2d(512, 128, 1, InputHeight = 28, InputWidth = 28)] public partial class L;", "8 output channels x 3 vectors")]
    [InlineData("[Conv.Conv2d(384, 384, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 1, InputHeight = 1, InputWidth = 3000)] public partial class L;", "6 output channels x 4 vectors")]
    [InlineData("[Conv.Conv2d(512, 512, 1, KernelHeight = 1, KernelWidth = 3, StrideHeight = 1, StrideWidth = 2, InputHeight = 1, InputWidth = 3199)] public partial class L;", "4 output channels x 4 vectors")]
    [InlineData("[Conv.Conv2d(64, 128, 4, Stride = 2, Padding = 1, InputHeight = 128, InputWidth = 128)] public partial class L;", "8 output channels x 2 vectors")]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 80, InputWidth = 80)] public partial class L;", "4 output channels x 5 vectors")]
    [InlineData("[Conv.Conv2d(16, 32, 3, Stride = 2, Padding = 1, InputHeight = 320, InputWidth = 320)] public partial class L;", "4 output channels x 5 vectors")]
    public void The_16_lane_block_reads_streamed_input_fewer_times(string source, string block) =>
        Assert.Contains($"// {block} of 16 columns per step (32 vector registers).\n    [global::System.Runtime.CompilerServices.MethodImpl(MethodImplOptions.AggressiveOptimization)]\n    private static void ForwardVector512(",
            OneGeneratedFile(source).Replace("\r\n", "\n"));

    // A depthwise layer of one output row (a 1-D layer) of a million multiply-adds or more has a 16-lane kernel beside
    // the 8-lane one, its last 8 columns in one 8-lane vector; smaller ones, and depthwise layers of several rows with
    // windows of 9 taps or less that are not read directly, do not.
    [Theory]
    [InlineData("[Conv.Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 256, InputHeight = 1, InputWidth = 1000)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(64, 64, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 64, InputHeight = 1, InputWidth = 400)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(144, 144, 3, Padding = 1, Groups = 144, InputHeight = 56, InputWidth = 56, PaddingMode = Conv.PaddingMode.Reflect)] public partial class L;", false)]
    public void One_row_depthwise_layers_have_a_16_lane_kernel(string source, bool wide)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(wide, text.Contains("private static void ForwardVector512(", System.StringComparison.Ordinal));
    }

    // Depthwise layers with windows up to 3x3 at stride 2 with rows of 8 outputs or more, at stride 1 of 16 or more: on
    // AVX-512 their input is read as it is (no view is padded for that kernel; rows of 8-15 in 8-lane vectors), at stride
    // 2 each row's columns split by parity in registers. Not for 5x5 windows (measured no faster), narrower rows (stride 1:
    // measured slower under 16), other padding modes, dilation,
    // an input row too short for the last vector's columns (odd widths padded by 1 at stride 2), taps two columns off
    // (unpadded 3x3 at stride 1), or channels that are not one per group.
    [Theory]
    [InlineData("[Conv.Conv2d(96, 96, 3, Stride = 2, Padding = 1, Groups = 96, InputHeight = 112, InputWidth = 112)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(144, 144, 3, Stride = 2, Padding = 1, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(192, 192, 3, Stride = 2, Padding = 1, Groups = 192, InputHeight = 28, InputWidth = 28)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(32, 32, 3, Padding = 1, Groups = 32, InputHeight = 112, InputWidth = 112)] public partial class L;", true, false)]
    [InlineData("[Conv.Conv2d(384, 384, 3, Padding = 1, Groups = 384, InputHeight = 14, InputWidth = 14)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(384, 384, 3, Padding = 1, Groups = 384, InputHeight = 16, InputWidth = 16)] public partial class L;", true, false)]
    [InlineData("[Conv.Conv2d(144, 144, 5, Stride = 2, Padding = 2, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(576, 576, 3, Stride = 2, Padding = 1, Groups = 576, InputHeight = 14, InputWidth = 14)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(960, 960, 3, Padding = 1, Groups = 960, InputHeight = 7, InputWidth = 7)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(96, 96, 3, Stride = 2, Padding = 1, Groups = 96, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 112, InputWidth = 112)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(32, 32, 3, Padding = 2, Dilation = 2, Groups = 32, InputHeight = 56, InputWidth = 56)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(32, 32, 3, Groups = 32, InputHeight = 56, InputWidth = 56)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(96, 96, 3, Stride = 2, Padding = 1, Groups = 96, InputHeight = 113, InputWidth = 113)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(96, 192, 3, Stride = 2, Padding = 1, Groups = 96, InputHeight = 112, InputWidth = 112)] public partial class L;", false, false)]
    public void Depthwise_layers_read_the_input_directly(string source, bool direct, bool deinterleaved)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(direct, text.Contains("zeroRow = stackalloc float[", System.StringComparison.Ordinal));
        Assert.Equal(deinterleaved, text.Contains("(p, even, q);", System.StringComparison.Ordinal));
    }

    // Depthwise windows over 9 taps on rows of 16 columns or more, a million multiply-adds or more: a 16-lane AVX-512
    // kernel over the view, rows reused, the last vector of a row overlapping the one before (28 = 16 + 12, 56 = 3 x 16 + 8,
    // 20 = 16 + 4); not rows of fewer than 16, not 3x3 windows, not small layers.
    [Theory]
    [InlineData("[Conv.Conv2d(240, 240, 5, Padding = 2, Groups = 240, InputHeight = 28, InputWidth = 28)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(144, 144, 5, Stride = 2, Padding = 2, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 32, InputWidth = 32)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 56, InputWidth = 56)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(240, 240, 5, Padding = 2, Groups = 240, InputHeight = 20, InputWidth = 20)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(480, 480, 5, Padding = 2, Groups = 480, InputHeight = 12, InputWidth = 12)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(96, 96, 3, Padding = 1, Groups = 96, InputHeight = 28, InputWidth = 28, PaddingMode = Conv.PaddingMode.Reflect)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(4, 4, 5, Padding = 2, Groups = 4, InputHeight = 28, InputWidth = 28)] public partial class L;", false)]
    public void Wide_depthwise_windows_take_16_lane_vectors_on_rows_of_16_and_more(string source, bool wide)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(wide, System.Text.RegularExpressions.Regex.IsMatch(text, @"// 1 output channels x \d+ rows x \d+ vectors of 16 columns per step"));
    }

    // Those 16-lane depthwise kernels at stride 2 read a view whose phases are whole cache lines, placed on a line by
    // AlignedScratch (each thread's and each parallel part's), its rows split 32 columns at a time on AVX-512; the other
    // depthwise layers keep a plain array: stride 1, 3x3 windows.
    [Theory]
    [InlineData("[Conv.Conv2d(144, 144, 5, Stride = 2, Padding = 2, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class L;", "3840, 1")]
    [InlineData("[Conv.Conv2d(72, 72, 5, Stride = 2, Padding = 2, Groups = 72, InputHeight = 56, InputWidth = 56)] public partial class L;", "3840, 1")]
    [InlineData("[Conv.Conv2d(64, 64, 7, Stride = 2, Padding = 3, Groups = 64, InputHeight = 24, InputWidth = 61)] public partial class L;", "2880, 1")]
    [InlineData("[Conv.Conv2d(240, 240, 5, Padding = 2, Groups = 240, InputHeight = 28, InputWidth = 28)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Stride = 2, Padding = 3, Groups = 96, InputHeight = 112, InputWidth = 112)] public partial class L;", "15104, 1")]
    [InlineData("[Conv.Conv2d(144, 144, 3, Stride = 2, Padding = 1, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class L;", null)]
    public void Stride_2_wide_depthwise_views_are_aligned(string source, string? lengthAndIndex)
    {
        var text = OneGeneratedFile(source);
        var aligned = lengthAndIndex is not null;
        Assert.Equal(aligned ? 2 : 0, System.Text.RegularExpressions.Regex.Matches(text, @"AlignedScratch\.Get\(ref (t_view|Views\[part\]), " + System.Text.RegularExpressions.Regex.Escape(lengthAndIndex ?? "") + @"\);").Count);
        Assert.Equal(aligned, text.Contains("Avx512F.PermuteVar16x32x2(a, even, b)", System.StringComparison.Ordinal));
        Assert.DoesNotContain("AlignedScratch", GeneratorHarness.Run(GeneratorHarness.NetStandard20(source)).Result.Results.Single().GeneratedSources.Single().SourceText.ToString());
    }

    // At stride 1 those 16-lane kernels read the input as it is: the Vector512 kernel pads no view, and the taps past a row's
    // edge take its first or last 16 columns shifted by lanes. Not at stride 2 (its view on cache lines), nor with reflect
    // padding or dilation, nor where a row's vectors take more than one block (56: four vectors, blocks of two) or layers
    // are small (they keep 8-lane kernels), nor where the bodies written out for every kernel column would pass the
    // statement budget (a 7x7 window over blocks of 8 rows x 2 vectors at 32x32; over 9 rows, blocks of 3, it fits).
    [Theory]
    [InlineData("[Conv.Conv2d(240, 240, 5, Padding = 2, Groups = 240, InputHeight = 28, InputWidth = 28)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 9, InputWidth = 32)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(96, 96, 5, Padding = 2, Groups = 96, InputHeight = 24, InputWidth = 24)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 32, InputWidth = 32)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(96, 96, 5, PaddingHeight = 1, PaddingWidth = 3, Groups = 96, InputHeight = 20, InputWidth = 26)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(144, 144, 5, Stride = 2, Padding = 2, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(240, 240, 5, Padding = 2, Groups = 240, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 28, InputWidth = 28)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(240, 240, 5, Padding = 4, Dilation = 2, Groups = 240, InputHeight = 28, InputWidth = 28)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 56, InputWidth = 56)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(4, 4, 5, Padding = 2, Groups = 4, InputHeight = 28, InputWidth = 28)] public partial class L;", false)]
    public void Stride_1_wide_depthwise_kernels_read_the_input_directly(string source, bool direct)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(direct, text.Contains("taps past a row's edge shifted in from its ends", System.StringComparison.Ordinal));
        if (!direct) return;
        var kernel = Method(text, "ForwardVector512");
        Assert.DoesNotContain("Pad(", kernel);
        Assert.Contains("Avx512F.AlignRight32(", kernel);
        Assert.Contains("ref zeros", kernel);
    }

    // Depthwise layers read at column stride 1 by lane shifts (KernelPlan.LaneShiftKernel): one-row layers with windows
    // of 4 columns and more (a Conformer's 1x31: steps of 8 vectors; rows of 100: one step of 7), and 2-D windows taller
    // than the row-reusing 16-lane kernel takes (13x13 at 56x56: 2 rows x 4 vectors a step, at 28x28 4 x 2). Not 3-tap
    // rows (the kernel that reads the input directly), strided columns, layers under a million multiply-adds, 7x7
    // windows (rows reused), dense layers, nor windows whose taps times vectors would not fit one step's body (1x300).
    [Theory]
    [InlineData("[Conv.Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 256, InputHeight = 1, InputWidth = 1000)] public partial class L;", "8 vectors")]
    [InlineData("[Conv.Conv2d(512, 512, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 512, InputHeight = 1, InputWidth = 100)] public partial class L;", "7 vectors")]
    [InlineData("[Conv.Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 5, PaddingHeight = 0, PaddingWidth = 2, Groups = 256, InputHeight = 1, InputWidth = 1000)] public partial class L;", "8 vectors")]
    [InlineData("[Conv.Conv2d(128, 128, 13, Padding = 6, Groups = 128, InputHeight = 56, InputWidth = 56)] public partial class L;", "2 rows x 4 vectors")]
    [InlineData("[Conv.Conv2d(256, 256, 13, Padding = 6, Groups = 256, InputHeight = 28, InputWidth = 28)] public partial class L;", "4 rows x 2 vectors")]
    [InlineData("[Conv.Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 3, PaddingHeight = 0, PaddingWidth = 1, Groups = 256, InputHeight = 1, InputWidth = 1000)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 31, StrideHeight = 1, StrideWidth = 2, PaddingHeight = 0, PaddingWidth = 15, Groups = 256, InputHeight = 1, InputWidth = 2000)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(16, 16, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, Groups = 16, InputHeight = 1, InputWidth = 1000)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 56, InputWidth = 56)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(64, 64, 1, KernelHeight = 1, KernelWidth = 31, PaddingHeight = 0, PaddingWidth = 15, InputHeight = 1, InputWidth = 1000)] public partial class L;", null)]
    [InlineData("[Conv.Conv2d(256, 256, 1, KernelHeight = 1, KernelWidth = 300, PaddingHeight = 0, PaddingWidth = 150, Groups = 256, InputHeight = 1, InputWidth = 1000)] public partial class L;", null)]
    public void Depthwise_windows_read_by_lane_shifts(string source, string? block)
    {
        var text = OneGeneratedFile(source);
        var header = System.Text.RegularExpressions.Regex.Match(text, @"// 1 output channel x (?:(\d+ rows x ))?(\d+) vectors of 16 columns per step \(32 vector registers\), by column offset");
        Assert.Equal(block is not null, header.Success);
        // The AVX2 and Vector128 kernels of those layers load each column offset once for every tap that reads it.
        Assert.Equal(block is not null, text.Contains("vectors of 8 columns per step, by column offset", System.StringComparison.Ordinal));
        Assert.Equal(block is not null, text.Contains("vectors of 4 columns per step, by column offset", System.StringComparison.Ordinal));
        if (block is null) return;
        Assert.Equal("1 output channel x " + block, "1 output channel x " + header.Groups[1].Value + header.Groups[2].Value + " vectors");
        var kernel = Method(text, "ForwardVector512");
        Assert.Contains("Avx512F.AlignRight32(", kernel);
        // Each step's input vectors loaded once, on 16-column boundaries, the shifts that need none past them taken from them.
        Assert.Matches(@"var x0 = Vector512\.AsUInt32\(Vector512\.LoadUnsafe\(ref row, 0\)\);", kernel);
    }

    // Depthwise windows of 7x7 loop over kernel columns with blocks of more than 8 accumulators in the kernel AVX-512 runs
    // (Tile.ColumnLoopBudget): 8 of them, each a chain of 7 multiply-adds per kernel column, only just cover the latency
    // of two multiply-adds a cycle. The 16-lane kernel where the layer has one (a million multiply-adds and more, rows of
    // 16 and more), else the 8-lane kernel on 32 registers; the 16-register kernel keeps blocks of 8.
    [Theory]
    [InlineData("[Conv.Conv2d(96, 96, 7, Padding = 3, Groups = 96, InputHeight = 56, InputWidth = 56)] public partial class L;", 16)]
    [InlineData("[Conv.Conv2d(6, 6, 7, Padding = 3, Groups = 6, InputHeight = 20, InputWidth = 56, Activation = Conv.Activation.Relu)] public partial class L;", 8)]
    public void Wide_depthwise_windows_get_larger_blocks_on_32_registers(string source, int lanes)
    {
        var text = OneGeneratedFile(source);
        var pattern = @"// 1 output channels x (\d+) rows x (\d+) vectors of {0} columns per step";
        var narrow = System.Text.RegularExpressions.Regex.Match(text, string.Format(pattern, 8) + @"\.");
        Assert.Equal(8, int.Parse(narrow.Groups[1].Value) * int.Parse(narrow.Groups[2].Value));
        var wide = System.Text.RegularExpressions.Regex.Matches(text, string.Format(pattern, lanes) + @" \(32 vector registers\)\.");
        Assert.Single(wide);
        Assert.True(int.Parse(wide[0].Groups[1].Value) * int.Parse(wide[0].Groups[2].Value) > 8, wide[0].Value);
    }

    // Depthwise layers with output rows of 4 to 8 columns and input rows of at most 16, zero-padded: on AVX-512 each input
    // row is loaded once and each tap picked from it by a permute (any window, stride or dilation), on AVX2 too where the
    // input rows have at most 8 columns. Not for rows of 3 or of 9 and more, input rows of 17, other padding modes, more
    // than 16 output rows, or channels not one per group.
    [Theory]
    [InlineData("[Conv.Conv2d(960, 960, 3, Padding = 1, Groups = 960, InputHeight = 7, InputWidth = 7)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(576, 576, 3, Stride = 2, Padding = 1, Groups = 576, InputHeight = 14, InputWidth = 14)] public partial class L;", true, false)]
    [InlineData("[Conv.Conv2d(1152, 1152, 5, Padding = 2, Groups = 1152, InputHeight = 7, InputWidth = 7)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(768, 768, 7, Padding = 3, Groups = 768, InputHeight = 7, InputWidth = 7)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, Groups = 64, InputHeight = 8, InputWidth = 8)] public partial class L;", true, true)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, Groups = 64, InputHeight = 8, InputWidth = 3)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, Groups = 64, InputHeight = 8, InputWidth = 9)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Stride = 2, Padding = 1, Groups = 64, InputHeight = 8, InputWidth = 17)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, Groups = 64, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 7, InputWidth = 7)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, Groups = 64, InputHeight = 17, InputWidth = 7)] public partial class L;", false, false)]
    [InlineData("[Conv.Conv2d(64, 128, 3, Padding = 1, Groups = 64, InputHeight = 7, InputWidth = 7)] public partial class L;", false, false)]
    // A 1x1 window: each tap is the loaded row as it is, so nothing is picked (and no variable declared for it).
    [InlineData("[Conv.Conv2d(6, 6, 1, Groups = 6, InputHeight = 8, InputWidth = 8)] public partial class L;", false, false)]
    public void Depthwise_layers_with_short_rows_pick_taps_from_each_input_row(string source, bool picked, bool avx2)
    {
        var text = OneGeneratedFile(source);
        Assert.Equal(picked, text.Contains("var pick0 = ", System.StringComparison.Ordinal));
        Assert.Equal(avx2, text.Contains("Avx2.PermuteVar8x32(row, pick", System.StringComparison.Ordinal));
        // The AVX-512 kernel takes the 256-bit AVX-512 slot; the Vector128 and scalar ones stay.
        if (picked) Assert.Contains("void ForwardAvx512(", text);
        Assert.Contains("void ForwardVector(", text);
        Assert.Contains("void ForwardVector128(", text);
    }

    // The one file generated for a declaration that compiles without a problem.
    // The generated method `name`, from its signature to its closing brace.
    private static string Method(string text, string name)
    {
        var start = text.IndexOf($"private static void {name}(", System.StringComparison.Ordinal);
        return text.Substring(start, text.IndexOf("\n    }\n", start, System.StringComparison.Ordinal) - start);
    }

    private static string OneGeneratedFile(string source)
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(source));
        Assert.Empty(GeneratorHarness.Problems(output));
        return result.Results.Single().GeneratedSources.Single().SourceText.ToString();
    }

    // The 20 conv layers of ResNet-18 in one project: 1.1 MB of generated code before the Vector128 kernels, 1.38 MB
    // with them, 1.89 MB with the AVX-512 kernels as well (under a second to generate here); the performance issue
    // asks to stay within twice the 1.1 MB.
    private static readonly string ResNet18 = string.Join("\n", new[]
    {
        "[Conv.Conv2d(3, 64, 7, Stride = 2, Padding = 3, InputHeight = 224, InputWidth = 224)] public partial class Conv1;",
    }.Concat(Enumerable.Range(0, 4).Select(i => $"[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Layer1Conv{i};"))
     .Concat(new[] { (2, 64, 128, 56), (3, 128, 256, 28), (4, 256, 512, 14) }.SelectMany(l => new[]
     {
         $"[Conv.Conv2d({l.Item2}, {l.Item3}, 3, Stride = 2, Padding = 1, InputHeight = {l.Item4}, InputWidth = {l.Item4})] public partial class Layer{l.Item1}Down;",
         $"[Conv.Conv2d({l.Item2}, {l.Item3}, 1, Stride = 2, InputHeight = {l.Item4}, InputWidth = {l.Item4})] public partial class Layer{l.Item1}Shortcut;",
     }.Concat(Enumerable.Range(0, 3).Select(i =>
         $"[Conv.Conv2d({l.Item3}, {l.Item3}, 3, Padding = 1, InputHeight = {l.Item4 / 2}, InputWidth = {l.Item4 / 2})] public partial class Layer{l.Item1}Conv{i};")))));

    [Fact]
    public void ResNet18_generates_in_seconds_and_under_2_2_MB()
    {
        var compilation = GeneratorHarness.Net80(ResNet18);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (output, result, _) = GeneratorHarness.Run(compilation);
        var elapsed = watch.Elapsed;
        Assert.Empty(GeneratorHarness.Problems(output));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(20, sources.Length);
        foreach (var source in sources) AssertReadable(source.SourceText.ToString(), source.HintName);
        var total = sources.Sum(s => s.SourceText.Length);
        System.Console.WriteLine($"ResNet-18: {total} characters generated in {elapsed.TotalSeconds:F2} s");
        Assert.True(total < 2_200_000, $"ResNet-18 generates {total} characters");
        // A guard against a cost that grows with the shapes, not a timing claim: generation took about 1 s here.
        Assert.True(elapsed < System.TimeSpan.FromSeconds(30), $"generation took {elapsed}");
    }

    // The seed's first layer is the file a new user opens first: every kernel of it (AVX-512, AVX2, Vector128, scalar)
    // in at most 60 KB of code that reads like hand-written code (40 KB today).
    [Fact]
    public void The_seed_layer_reads_like_hand_written_code_in_at_most_60_KB()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(TestSources.SeedLayers));
        foreach (var source in result.Results.Single().GeneratedSources)
        {
            var text = source.SourceText.ToString();
            AssertReadable(text, source.HintName);
            Assert.Contains("using Unsafe = global::System.Runtime.CompilerServices.Unsafe;", text);
            Assert.DoesNotContain("global::System.Runtime.CompilerServices.Unsafe.Add", text);
        }

        var convA = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Seed.ConvA.g.cs").SourceText.ToString();
        Assert.True(convA.Length <= 60_000, $"ConvA.g.cs is {convA.Length} characters");
    }

    // What a user of the samples opens: every layer file of the seed and image-filter samples under 60 KB, readable.
    [Theory]
    [InlineData("Conv.Samples.Seed", "Layers.cs")]
    [InlineData("Conv.Samples.ImageFilter", "Filters.cs")]
    public void Every_sample_layer_file_is_under_60_KB(string sample, string file)
    {
        var source = System.IO.File.ReadAllText(System.IO.Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "samples", sample, file));
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(source));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.NotEmpty(result.Results.Single().GeneratedSources);
        foreach (var generated in result.Results.Single().GeneratedSources)
        {
            var text = generated.SourceText.ToString();
            Assert.True(text.Length < 60_000, $"{generated.HintName} is {text.Length} characters");
            AssertReadable(text, generated.HintName);
        }
    }

    // A view larger than the L2 cache (VGG-16's 64-channel layer at 224x224, 13 MB; 1.19 MB; a 1x1 layer's 1.2 MB input
    // read as it is) is read band by band of output rows, every block of output channels over one band; a view that fits
    // (861 KB, 952 KB) is not.
    [Theory]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 224, InputWidth = 224)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(20, 16, 3, Padding = 1, InputHeight = 120, InputWidth = 120)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(96, 16, 1, InputHeight = 56, InputWidth = 56)] public partial class L;", true)]
    [InlineData("[Conv.Conv2d(64, 64, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class L;", false)]
    [InlineData("[Conv.Conv2d(16, 16, 3, Padding = 1, InputHeight = 120, InputWidth = 120)] public partial class L;", false)]
    public void Large_activations_are_read_in_bands_of_rows(string source, bool banded)
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(source));
        var text = result.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Equal(banded, text.Contains("for (int band = 0; band < "));
    }

    // Lines a screen shows whole, and no loop that runs once (a block with the variable a constant instead).
    private static void AssertReadable(string text, string name)
    {
        var lines = text.Split('\n');
        var longest = lines.Select((line, i) => (line.Length, i + 1)).Max();
        Assert.True(longest.Length <= 150, $"{name} line {longest.Item2} has {longest.Length} characters");
        foreach (System.Text.RegularExpressions.Match loop in System.Text.RegularExpressions.Regex.Matches(
                     text, @"for \(int (\w+) = (\d+); \1 < (\d+); \1(\+\+| \+= (\d+))\)"))
        {
            var turns = (int.Parse(loop.Groups[3].Value) - int.Parse(loop.Groups[2].Value)) / (loop.Groups[5].Success ? double.Parse(loop.Groups[5].Value) : 1);
            Assert.True(turns > 1, $"{name} has a loop of one turn: {loop.Value}");
        }
    }

    // The file of layer L, for a .NET 8 consumer and for a netstandard2.0 one (System.Numerics kernels of 16, 8 and 4 lanes).
    private static void AllUnderBound(string source)
    {
        foreach (var (target, compilation) in new[] { ("net8.0", GeneratorHarness.Net80(source)), ("netstandard2.0", GeneratorHarness.NetStandard20(source)) })
        {
            var (output, result, _) = GeneratorHarness.Run(compilation);
            Assert.Empty(GeneratorHarness.Problems(output));
            var file = result.Results.Single().GeneratedSources.Single(s => s.HintName == "L.g.cs");
            var bytes = file.SourceText.Length;
            Assert.True(bytes < MaxFileBytes, $"L.g.cs ({target}) is {bytes} characters");
            AssertReadable(file.SourceText.ToString(), file.HintName);
            System.Console.WriteLine($"{bytes,8} {target} {source}");
        }
    }
}
