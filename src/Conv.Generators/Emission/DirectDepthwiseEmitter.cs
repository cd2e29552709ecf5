using System.Collections.Generic;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The AVX-512 kernel of <see cref="KernelPlan.DirectDepthwise"/> layers (depthwise, stride 1 or 2, windows up to 3x3):
/// 16 output columns of one channel per vector (8 for rows of 8-15), a few output rows per step, the input read as it
/// is. Each input row a step reads is loaded once per vector; at stride 2 its 32 columns are split by two two-source
/// permutes into even and odd columns. A tap whose columns sit one lane off that vector takes the lane it lacks from the
/// neighbouring column (zero outside the row) by a lane shift. Input rows outside the input are read from a zero row on
/// the stack. The taps of each output run in the window's order, as in the other kernels.
/// </summary>
internal static class DirectDepthwiseEmitter
{
    private const string Avx512F = Names.Avx512F;

    public static void WriteKernel(IndentedWriter w, KernelPlan plan, string? optimize)
    {
        var g = plan.G;
        var stride = g.StrideWidth;
        var lanes = plan.DirectLanes;
        // Rows of 8-15 columns take 8-lane vectors: the same instructions on 256 bits (AVX-512VL).
        var simd = lanes == 16 ? Simd.Vector512 : Simd.Avx512;
        var v = simd.Vector!;
        var type = simd.Type;
        var rows = plan.DirectRows;
        var inputRows = stride * (rows - 1) + g.KernelHeight;
        var window = plan.WindowLength;
        var unsafeAdd = Names.Unsafe + ".Add";
        var shifted = Enumerable.Range(0, g.KernelWidth).Where(kx => Shift(g, kx).Lanes != 0).ToList();

        w.Line($"// {lanes} columns of one channel x {rows} output rows per step, the input read as it is, where the other kernels copy");
        w.Line(stride == 2
            ? $"// the channel into a view first: {2 * lanes} columns of each input row split into even and odd columns in registers."
            : "// the channel into a padded view first: each input row loaded once for the output rows that read it.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(ForwardEmitter.KernelSignature(plan, Simd.Vector512)))
        {
            WriteZeroRow(w, g);
            if (stride == 2)
            {
                w.Line($"var even = {v}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(i => 2 * i))});");
                w.Line($"var odd = {v}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(i => 2 * i + 1))});");
            }

            using (w.Block("for (int o = oStart; o < oEnd; o++)"))
            {
                w.Line($"ref float xc = ref {unsafeAdd}(ref x, o * {g.InputHeight * g.InputWidth});");
                w.Line($"ref float wo = ref {unsafeAdd}(ref weight, o * {window});");
                w.Line($"{type} b = {(g.HasBias ? $"{v}.Create(bias![o])" : type + ".Zero")};");
                ForwardEmitter.WriteHeldWeights(w, simd, window);
                using (w.For("step", 0, g.OutputHeight, rows))
                {
                    w.Line($"int oy = step < {g.OutputHeight - rows} ? step : {g.OutputHeight - rows};");
                    WriteRowRefs(w, g, rows, inputRows);
                    using (w.For("column", 0, g.OutputWidth, lanes))
                    {
                        w.Line($"int ox = column < {g.OutputWidth - lanes} ? column : {g.OutputWidth - lanes};");
                        w.Line($"{type} {string.Join(", ", Enumerable.Range(0, rows).Select(j => $"a{j} = b"))};");
                        var temps = (stride == 2 ? new[] { "p", "q", "e", "d" } : new[] { "e" }).Concat(shifted.Select(kx => "s" + kx));
                        w.Line($"{type} {string.Join(", ", temps)};");
                        for (var i = 0; i < inputRows; i++)
                        {
                            var readers = Readers(g, rows, i);
                            if (readers.Count == 0) continue;
                            WriteRowLoad(w, simd, stride, i);
                            foreach (var kx in shifted) w.Line($"s{kx} = {Shifted(g, simd, i, kx)};");
                            foreach (var j in readers)
                            {
                                var ky = i - stride * j;
                                for (var kx = 0; kx < g.KernelWidth; kx++)
                                {
                                    var (shift, odd) = Shift(g, kx);
                                    w.Line(simd.MultiplyAdd($"k{ky * g.KernelWidth + kx}", shift != 0 ? "s" + kx : odd ? "d" : "e", $"a{j}"));
                                }
                            }
                        }

                        for (var j = 0; j < rows; j++)
                        {
                            var at = $"o * {g.OutputHeight * g.OutputWidth} + {Names.Affine("oy", g.OutputWidth, j * g.OutputWidth)} + ox";
                            w.Line(simd.Store(simd.Activate($"a{j}", plan.Activation), $"{unsafeAdd}(ref y, {at})"));
                        }
                    }
                }
            }
        }

        w.Line();
    }

    // The row WriteRowRefs points the rows above and below the input at: zeros on the stack, one input row long.
    internal static void WriteZeroRow(IndentedWriter w, Conv.Conv2dGeometry g)
    {
        w.Line("// Input rows above and below the input read as zeros.");
        w.Line($"global::System.Span<float> zeroRow = stackalloc float[{g.InputWidth}];");
        w.Line("zeroRow.Clear();");
        w.Line($"ref float zeros = ref {Names.MemoryMarshal}.GetReference(zeroRow);");
    }

    // The output rows of a step that read its input row i: kernel row i - stride * j of output row j.
    internal static List<int> Readers(Conv.Conv2dGeometry g, int rows, int i) =>
        Enumerable.Range(0, rows).Where(j => i - g.StrideHeight * j >= 0 && i - g.StrideHeight * j < g.KernelHeight).ToList();

    // Input row i of a step is padded row stride * oy + i, input row stride * oy + i - PaddingHeight: the input's own, or
    // the zero row where some step's oy puts it outside the input.
    internal static void WriteRowRefs(IndentedWriter w, Conv.Conv2dGeometry g, int rows, int inputRows)
    {
        var stride = g.StrideHeight;
        var lastOy = g.OutputHeight - rows;
        for (var i = 0; i < inputRows; i++)
        {
            if (Readers(g, rows, i).Count == 0) continue;
            var offset = i - g.PaddingHeight;
            var row = Names.Affine("oy", stride, offset);
            var at = $"ref {Names.Unsafe}.Add(ref xc, {(offset == 0 ? $"oy * {stride * g.InputWidth}" : $"({row}) * {g.InputWidth}")})";
            var always = offset >= 0 && stride * lastOy + offset < g.InputHeight;
            var never = stride * lastOy + offset < 0 || offset >= g.InputHeight;
            w.Line(always ? $"ref float r{i} = {at};"
                : never ? $"ref float r{i} = ref zeros;"
                : $"ref float r{i} = ref (uint)({row}) < {g.InputHeight} ? {at} : ref zeros;");
        }
    }

    // Stride 1: columns ox .. ox + lanes - 1 of input row i in e. Stride 2: columns 2 * ox .. 2 * ox + 2 * lanes - 1 in p
    // and q, then e holds the even ones (output column ox + l reads 2 * (ox + l)), d the odd.
    private static void WriteRowLoad(IndentedWriter w, Simd simd, int stride, int i)
    {
        if (stride == 1)
        {
            w.Line($"e = {simd.Load($"r{i}", "ox")};");
            return;
        }

        var permute = simd == Simd.Vector512 ? Avx512F + ".PermuteVar16x32x2" : Avx512F + ".VL.PermuteVar8x32x2";
        w.Line($"p = {simd.Load($"r{i}", "2 * ox")};");
        w.Line($"q = {simd.Load($"r{i}", $"2 * ox + {simd.Lanes}")};");
        w.Line($"e = {permute}(p, even, q);");
        w.Line($"d = {permute}(p, odd, q);");
    }

    // Tap kx reads column stride * (ox + l) + kx - PaddingWidth = stride * (ox + l + Lanes) + (Odd ? 1 : 0): lane
    // l + Lanes of d (odd, stride 2) or e.
    private static (int Lanes, bool Odd) Shift(Conv.Conv2dGeometry g, int kx)
    {
        var column = kx - g.PaddingWidth;
        if (g.StrideWidth == 1) return (column, false);
        var lanes = column >= 0 ? column / 2 : -((1 - column) / 2);
        return (lanes, column - 2 * lanes == 1);
    }

    // A tap one lane off e or d: shifted up, its first lane from the column before the vector's (stride * ox - stride,
    // + 1 if odd); shifted down, its last from the column after (stride * (ox + lanes), + 1 if odd); a column outside the
    // row is zero padding.
    private static string Shifted(Conv.Conv2dGeometry g, Simd simd, int i, int kx)
    {
        var (lanes, odd) = Shift(g, kx);
        var stride = g.StrideWidth;
        var v = simd.Vector;
        var align = simd == Simd.Vector512 ? Avx512F + ".AlignRight32" : Avx512F + ".VL.AlignRight32";
        var source = odd ? "d" : "e";
        var index = Names.Affine("ox", stride, (lanes < 0 ? -stride : stride * simd.Lanes) + (odd ? 1 : 0));
        var neighbour = $"{v}.AsUInt32({v}.Create((uint)({index}) < {g.InputWidth} ? {Names.Unsafe}.Add(ref r{i}, {index}) : 0f))";
        return lanes < 0
            ? $"{v}.AsSingle({align}({v}.AsUInt32({source}), {neighbour}, {simd.Lanes - 1}))"
            : $"{v}.AsSingle({align}({neighbour}, {v}.AsUInt32({source}), 1))";
    }
}
