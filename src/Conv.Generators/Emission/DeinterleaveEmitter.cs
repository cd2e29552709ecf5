using System.Collections.Generic;
using System.Linq;

namespace Conv.Generators.Emission;

/// <summary>
/// The Vector512 kernel of <see cref="KernelPlan.Deinterleaved"/> layers (depthwise, stride 2): 16 output columns of
/// one channel per vector, a few output rows per step. Each input row a step reads is loaded once, 32 columns, and split
/// by two two-source permutes into its even and its odd columns; a tap whose columns sit one lane off those takes the
/// lane it lacks from the neighbouring column (zero outside the row) by a lane shift. Input rows outside the input are
/// read from a zero row on the stack. The taps of each output run in the window's order, as in the other kernels.
/// </summary>
internal static class DeinterleaveEmitter
{
    private const string Avx512F = "global::System.Runtime.Intrinsics.X86.Avx512F";

    public static void WriteKernel(IndentedWriter w, KernelPlan plan, string? optimize)
    {
        var g = plan.G;
        var lanes = plan.DeinterleavedLanes;
        // Rows of 8-15 columns take 8-lane vectors: the same instructions on 256 bits (AVX-512VL).
        var simd = lanes == 16 ? Simd.Vector512 : Simd.Avx512;
        var v = simd.Vector!;
        var type = simd.Type;
        var rows = plan.DeinterleavedRows;
        var inputRows = 2 * rows + g.KernelHeight - 2;
        var window = plan.WindowLength;
        var unsafeAdd = Names.Unsafe + ".Add";
        var plane = g.InputHeight * g.InputWidth;

        w.Line($"// {lanes} columns of one channel x {rows} output rows per step, the input read as it is: {2 * lanes} columns of each input row split");
        w.Line("// into even and odd columns in registers (stride 2), where the other kernels copy the channel into a view first.");
        if (optimize is not null) w.Line(optimize);
        using (w.Block(ForwardEmitter.KernelSignature(plan, Simd.Vector512)))
        {
            w.Line("// Input rows above and below the input read as zeros.");
            w.Line($"global::System.Span<float> zeroRow = stackalloc float[{g.InputWidth}];");
            w.Line("zeroRow.Clear();");
            w.Line("ref float zeros = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(zeroRow);");
            w.Line($"var even = {v}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(i => 2 * i))});");
            w.Line($"var odd = {v}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(i => 2 * i + 1))});");
            using (w.Block("for (int o = oStart; o < oEnd; o++)"))
            {
                w.Line($"ref float xc = ref {unsafeAdd}(ref x, o * {plane});");
                w.Line($"ref float wo = ref {unsafeAdd}(ref weight, o * {window});");
                w.Line($"{type} b = {(g.HasBias ? $"{v}.Create(bias![o])" : type + ".Zero")};");
                w.Line("// The window's weights, held for the whole channel.");
                for (var t = 0; t < window; t++) w.Line($"{type} k{t} = {v}.Create({unsafeAdd}(ref wo, {t}));");

                using (w.For("step", 0, g.OutputHeight, rows))
                {
                    w.Line($"int oy = step < {g.OutputHeight - rows} ? step : {g.OutputHeight - rows};");
                    WriteRowRefs(w, g, rows, inputRows);
                    using (w.For("column", 0, g.OutputWidth, lanes))
                    {
                        w.Line($"int ox = column < {g.OutputWidth - lanes} ? column : {g.OutputWidth - lanes};");
                        w.Line($"{type} {string.Join(", ", Enumerable.Range(0, rows).Select(j => $"a{j} = b"))};");
                        var shifted = Enumerable.Range(0, g.KernelWidth).Where(kx => Shift(g, kx).Lanes != 0).ToList();
                        w.Line($"{type} {string.Join(", ", new[] { "p", "q", "e", "d" }.Concat(shifted.Select(kx => "s" + kx)))};");
                        for (var i = 0; i < inputRows; i++)
                        {
                            var readers = Readers(g, rows, i);
                            if (readers.Count == 0) continue;
                            WriteRowSplit(w, simd, i);
                            foreach (var kx in shifted) w.Line($"s{kx} = {Shifted(g, simd, i, kx)};");
                            foreach (var j in readers)
                            {
                                var ky = i - 2 * j;
                                for (var kx = 0; kx < g.KernelWidth; kx++)
                                {
                                    var t = ky * g.KernelWidth + kx;
                                    w.Line(simd.MultiplyAdd($"k{t}", Shift(g, kx).Lanes != 0 ? "s" + kx : Shift(g, kx).Odd ? "d" : "e", $"a{j}"));
                                }
                            }
                        }

                        for (var j = 0; j < rows; j++)
                            w.Line(simd.Store(simd.Activate($"a{j}", plan.Activation), $"{unsafeAdd}(ref y, o * {g.OutputHeight * g.OutputWidth} + {Names.Affine("oy", g.OutputWidth, j * g.OutputWidth)} + ox)"));
                    }
                }
            }
        }

        w.Line();
    }

    // The output rows of a step that read its input row i: kernel row i - 2 * j of output row j.
    private static List<int> Readers(Conv.Conv2dGeometry g, int rows, int i) =>
        Enumerable.Range(0, rows).Where(j => i - 2 * j >= 0 && i - 2 * j < g.KernelHeight).ToList();

    // Input row i of a step is padded row 2 * oy + i, input row 2 * oy + i - PaddingHeight: the input's own, or the zero
    // row where some step's oy puts it outside the input.
    private static void WriteRowRefs(IndentedWriter w, Conv.Conv2dGeometry g, int rows, int inputRows)
    {
        var lastOy = g.OutputHeight - rows;
        for (var i = 0; i < inputRows; i++)
        {
            if (Readers(g, rows, i).Count == 0) continue;
            var offset = i - g.PaddingHeight;
            var row = Names.Affine("oy", 2, offset);
            var at = $"ref {Names.Unsafe}.Add(ref xc, {(offset == 0 ? "oy * " + 2 * g.InputWidth : $"({row}) * {g.InputWidth}")})";
            var always = offset >= 0 && 2 * lastOy + offset < g.InputHeight;
            var never = 2 * lastOy + offset < 0 || offset >= g.InputHeight;
            w.Line(always ? $"ref float r{i} = {at};"
                : never ? $"ref float r{i} = ref zeros;"
                : $"ref float r{i} = ref (uint)({row}) < {g.InputHeight} ? {at} : ref zeros;");
        }
    }

    // Columns 2 * ox .. 2 * ox + 2 * lanes - 1 of input row i: p and q, then e holds the even ones (output column ox + l
    // reads 2 * (ox + l)), d the odd.
    private static void WriteRowSplit(IndentedWriter w, Simd simd, int i)
    {
        var permute = simd == Simd.Vector512 ? Avx512F + ".PermuteVar16x32x2" : Avx512F + ".VL.PermuteVar8x32x2";
        w.Line($"p = {simd.Load($"r{i}", "2 * ox")};");
        w.Line($"q = {simd.Load($"r{i}", $"2 * ox + {simd.Lanes}")};");
        w.Line($"e = {permute}(p, even, q);");
        w.Line($"d = {permute}(p, odd, q);");
    }

    // Tap kx reads column 2 * (ox + l) + kx - PaddingWidth = 2 * (ox + l + Lanes) + (Odd ? 1 : 0): lane l + Lanes of d
    // (odd) or e.
    private static (int Lanes, bool Odd) Shift(Conv.Conv2dGeometry g, int kx)
    {
        var column = kx - g.PaddingWidth;
        var lanes = column >= 0 ? column / 2 : -((1 - column) / 2);
        return (lanes, column - 2 * lanes == 1);
    }

    // A tap one lane off e or d: shifted up, the first lane from column 2 * ox - 2 (even) or - 1 (odd); down, the last
    // from 2 * ox + 2 * lanes (+ 1); a column outside the row is zero padding.
    private static string Shifted(Conv.Conv2dGeometry g, Simd simd, int i, int kx)
    {
        var (lanes, odd) = Shift(g, kx);
        var v = simd.Vector;
        var align = simd == Simd.Vector512 ? Avx512F + ".AlignRight32" : Avx512F + ".VL.AlignRight32";
        var source = odd ? "d" : "e";
        var index = Names.Affine("ox", 2, (lanes < 0 ? -2 : 2 * simd.Lanes) + (odd ? 1 : 0));
        var neighbour = $"{v}.AsUInt32({v}.Create((uint)({index}) < {g.InputWidth} ? {Names.Unsafe}.Add(ref r{i}, {index}) : 0f))";
        return lanes < 0
            ? $"{v}.AsSingle({align}({v}.AsUInt32({source}), {neighbour}, {simd.Lanes - 1}))"
            : $"{v}.AsSingle({align}({neighbour}, {v}.AsUInt32({source}), 1))";
    }
}
