using System;
using System.Linq;
using CsCheck;
using Conv.Tests;
using Xunit;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>
/// Random layers of a million multiply-adds and more, where the kernel plan picks its large-layer kernels (output channels
/// in the vector lanes for rows up to 64 columns, spans and bands over inputs past the L2 cache, views per kernel column
/// read in chunks, large views padded band by band, one-row layers in spans of columns, stride-4 phase splits,
/// depthwise kernels that read the input directly, 16-lane vectors over a view or lane shifts): generated, compiled, loaded and
/// checked against the reference convolution on batches of 1 and 2, single-threaded and split over threads, the input
/// and output placed against inaccessible pages (<see cref="GuardedBuffer"/>) after their ends and before their starts.
/// </summary>
public class LargeLayerFuzzTests
{
    private static readonly long Iterations = FuzzIterations.Of(3, perCase: 50);

    private const string Runner = """
        public static class Runner
        {
            public static void Forward(float[] w, float[] b, System.ReadOnlyMemory<float> input, System.Memory<float> output) =>
                new L(w, b).Forward(input.Span, output.Span);
            public static void Parallel(float[] w, float[] b, System.ReadOnlyMemory<float> input, System.Memory<float> output) =>
                new L(w, b).Forward(input, output, 2);
        }
        """;

    private static Gen<Conv2dGeometry> Layers =>
        Gen.Int.Select(seed =>
        {
            var r = new Random(seed);
            if (r.Next(5) == 0)
            {
                // A 1x1 layer over an input past the L2 cache: its run of positions goes in spans.
                var (inputs, height, width) = (r.Next(512, 1025), r.Next(16, 25), r.Next(16, 25));
                return new Conv2dGeometry(inputs, 32, 1, 1, height, width, hasBias: r.Next(2) == 0);
            }

            if (r.Next(5) == 0)
            {
                // A one-row (1-D) layer, as in speech models: windows 1x1 to 1x31 at strides 1-3 (5 at times), dilated at
                // times, over rows of 300-4000. Dense with up to 512 input channels (views over the L2 cache run in spans
                // of columns) or depthwise (a 16-lane kernel from a million multiply-adds).
                int rk = r.Next(1, 32), rs = r.Next(5) == 0 ? 5 : r.Next(1, 4), rd = r.Next(6) == 0 ? 2 : 1, rp = r.Next(0, rk / 2 + 1);
                var rowWidth = r.Next(300, 4001);
                var depthwiseRow = r.Next(3) == 0;
                var rc = depthwiseRow ? r.Next(16, 257) : r.Next(8, 513);
                var ro = depthwiseRow ? rc : r.Next(1, 65);
                var rowMode = r.Next(6) == 0 ? PaddingMode.Reflect : PaddingMode.Zeros;
                if (Conv2dGeometry.Validate(rc, ro, 1, rk, 1, rowWidth, 1, rs, 0, rp, 1, rd, depthwiseRow ? rc : 1, rowMode).Count > 0) return null;
                var row = new Conv2dGeometry(rc, ro, 1, rk, 1, rowWidth, 1, rs, 0, rp, 1, rd, depthwiseRow ? rc : 1, r.Next(2) == 0, rowMode);
                return row.MultiplyAdds is >= 1L << 18 and <= 1L << 25 ? row : null;
            }

            if (r.Next(6) == 0)
            {
                // A view over 4 MB of up to 8 input channels (more than 4 MB but for the padding's rows and columns): each
                // kernel pads it band by band, just before the band reads its rows; a parallel call pads it whole first.
                // Windows up to 3x4, dilated or in two groups at times, on inputs a little wider or taller than square.
                int bg = r.Next(4) == 0 ? 2 : 1, c = bg * r.Next(1, 5), bh = r.Next(1, 4), bw = r.Next(1, 5), s = r.Next(1, 3);
                int bph = r.Next(0, 3), bpw = r.Next(0, 3), d = r.Next(5) == 0 ? 2 : 1;
                var side = (int)Math.Sqrt(1.1 * (1 << 20) / c) + r.Next(0, 16);
                var (height, width) = r.Next(2) == 0 ? (side - 2 * bph, side + r.Next(0, 40)) : (side + r.Next(0, 40), side - 2 * bpw);
                var bandMode = r.Next(3) == 0 ? PaddingMode.Reflect : PaddingMode.Zeros;
                if (Conv2dGeometry.Validate(c, 8, bh, bw, height, width, s, s, bph, bpw, d, d, bg, bandMode).Count > 0) return null;
                var banded = new Conv2dGeometry(c, 8, bh, bw, height, width, s, s, bph, bpw, d, d, bg, r.Next(2) == 0, bandMode);
                return banded.MultiplyAdds <= 1L << 26 ? banded : null;
            }

            if (r.Next(8) == 0)
            {
                // A depthwise layer with a large window (RepLKNet's 13x13 to 31x31, strips of 1xK and Kx1): 4 to 31 columns
                // read at column stride 1 by lane shifts where no row-reusing kernel takes it, rows at stride 1 or 2, dilated
                // at times, output rows of 16 to 96 columns.
                int lh = r.Next(1, 32), lw = r.Next(4, 32), lStride = r.Next(3) == 0 ? 2 : 1;
                int ldh = r.Next(6) == 0 ? 2 : 1, ldw = r.Next(6) == 0 ? 2 : 1, lph = r.Next(0, lh), lpw = r.Next(0, lw);
                int low = r.Next(16, 97), loh = r.Next(1, 41);
                int lih = (loh - 1) * lStride + ldh * (lh - 1) + 1 - 2 * lph, liw = low - 1 + ldw * (lw - 1) + 1 - 2 * lpw;
                var lc = (int)Math.Min(256, (1L << 20) / ((long)lh * lw * loh * low) + 1 + r.Next(0, 16));
                var lMode = r.Next(5) == 0 ? PaddingMode.Reflect : PaddingMode.Zeros;
                if (lih < 1 || liw < 1 || Conv2dGeometry.Validate(lc, lc, lh, lw, lih, liw, lStride, 1, lph, lpw, ldh, ldw, lc, lMode).Count > 0) return null;
                var large = new Conv2dGeometry(lc, lc, lh, lw, lih, liw, lStride, 1, lph, lpw, ldh, ldw, lc, r.Next(2) == 0, lMode);
                return large.MultiplyAdds is >= 1L << 20 and <= 1L << 25 ? large : null;
            }

            if (r.Next(4) == 0)
            {
                // A depthwise layer: windows up to 7x7 at stride 1 or 2, mostly on output rows that end in a whole
                // 16-lane vector or one overlapping the one before (the rows of the 16-lane kernels, which read the input
                // directly at stride 1 and a view on cache lines at stride 2), the others in 8-lane vectors.
                int k = r.Next(3, 8), dp = r.Next(0, k), dStride = r.Next(2) + 1, dDilation = r.Next(6) == 0 ? 2 : 1;
                var dMode = r.Next(5) == 0 ? PaddingMode.Reflect : PaddingMode.Zeros;
                int ow = r.Next(3) == 0 ? r.Next(8, 73) : 16 * r.Next(1, 5) - r.Next(0, 8), oh = r.Next(4, 33);
                int dh = (oh - 1) * dStride + dDilation * (k - 1) + 1 - 2 * dp, dw = (ow - 1) * dStride + dDilation * (k - 1) + 1 - 2 * dp;
                var channels = (int)Math.Min(512, (1L << 20) / ((long)k * k * oh * ow) + 1 + r.Next(0, 16));
                if (dh < 1 || dw < 1 || Conv2dGeometry.Validate(channels, channels, k, k, dh, dw, dStride, dStride, dp, dp, dDilation, dDilation, channels, dMode).Count > 0)
                    return null;
                var depthwise = new Conv2dGeometry(channels, channels, k, k, dh, dw, dStride, dStride, dp, dp, dDilation, dDilation, channels, r.Next(2) == 0, dMode);
                return depthwise.MultiplyAdds is >= 1L << 20 and <= 1L << 25 ? depthwise : null;
            }

            // Dense layers, at times in groups of 4-64 channels (ResNeXt's and RegNet's) or dilated (DeepLab's).
            var stride = new[] { 1, 1, 2, 4 }[r.Next(4)];
            int kh = r.Next(1, 6), kw = r.Next(1, 6);
            int h = r.Next(8, 48), w = r.Next(16, 72);
            var groups = new[] { 1, 1, 1, 2, 4, 8 }[r.Next(6)];
            var inChannels = groups * Math.Max(1, r.Next(8, 160) / groups);
            var outChannels = 32 * r.Next(1, 4);
            int ph = r.Next(0, 3), pw = r.Next(0, 3), dilation = r.Next(6) == 0 ? 2 : 1;
            var mode = r.Next(5) == 0 ? PaddingMode.Reflect : PaddingMode.Zeros;
            if (Conv2dGeometry.Validate(inChannels, outChannels, kh, kw, h, w, stride, stride, ph, pw, dilation, dilation, groups, mode).Count > 0) return null;
            var g = new Conv2dGeometry(inChannels, outChannels, kh, kw, h, w, stride, stride, ph, pw, dilation, dilation, groups, r.Next(2) == 0, mode);
            return g.MultiplyAdds is >= 1L << 20 and <= 1L << 25 ? g : null;
        }).Where(g => g is not null)!;

    [Fact]
    public void Large_random_layers_equal_the_reference() =>
        Layers.Sample(Check, iter: Iterations, threads: 1, print: g => g.ToString());

    private static void Check(Conv2dGeometry g)
    {
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.Net80(LoadedRunner.Declaration(g), Runner));
        using var runner = new LoadedRunner(output, "large");
        var random = new Random(g.GetHashCode());
        float[] Values(int count) => Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var weight = Values(g.WeightLength);
        var bias = g.HasBias ? Values(g.BiasLength) : Array.Empty<float>();
        foreach (var batch in new[] { 1, 2 })
        {
            var input = Values(batch * g.InputLength);
            var expected = Conv2d.Forward(g, input, weight, bias);
            foreach (var (method, atStart) in new[] { ("Forward", false), ("Forward", true), ("Parallel", false), ("Parallel", true) })
            {
                // Input and output against inaccessible pages: the generated code reads and writes through unchecked
                // references, and an access past either buffer's end (or before its start) must fault here, not read or
                // corrupt a neighbour unseen.
                using var guardedInput = new GuardedBuffer(input.Length, atStart);
                using var guardedOutput = new GuardedBuffer(batch * g.OutputLength, atStart);
                input.CopyTo(guardedInput.GetSpan());
                runner.Call(method, weight, bias, (ReadOnlyMemory<float>)guardedInput.Memory, guardedOutput.Memory);
                Tolerance.Equal(expected, guardedOutput.GetSpan().ToArray(), $"{g}, batch {batch}, {method}");
            }
        }
    }
}
