using System;
using System.Collections.Generic;

namespace Conv;

/// <summary>
/// Where a composite equals its sequence of layers, derived from the geometries alone.
/// </summary>
/// <remarks>
/// Both the sequence and the composite are sums of monomials <c>W_N[c_N] ... W_1[c_1] X[row]</c>, one per
/// tuple of kernel taps. Weights and inputs are free, so the two agree for every weight and input exactly
/// when every tuple reads the same input position in both (or a zero in both), and every bias term the
/// composite folds in is also present in the sequence. The tuple's read separates per axis: along one axis
/// the sequence walks down through each layer's padding, the composite reads its own virtual coordinate
/// through its own padding mode. A 2-D term is zero when either axis reads a zero, which is how the
/// axes combine in <see cref="Exact"/>.
/// </remarks>
internal static class ExactnessAxis
{
    internal struct Position : System.IEquatable<Position>
    {
        public bool BiasOk;
        public bool SequenceAllZero;
        public bool CompositeAllZero;
        public bool UnequalWhereSequenceReal;
        public bool UnequalWhereCompositeReal;
        public InexactCause Causes;

        public bool Exact => BiasOk && !UnequalWhereSequenceReal && !UnequalWhereCompositeReal;

        public bool Equals(Position other) =>
            BiasOk == other.BiasOk && SequenceAllZero == other.SequenceAllZero && CompositeAllZero == other.CompositeAllZero
            && UnequalWhereSequenceReal == other.UnequalWhereSequenceReal && UnequalWhereCompositeReal == other.UnequalWhereCompositeReal
            && Causes == other.Causes;
    }

    /// <summary>Consecutive output positions along one axis that behave alike.</summary>
    internal readonly struct Run
    {
        public Run(int start, int length, Position position)
        {
            Start = start;
            Length = length;
            Position = position;
        }

        public int Start { get; }
        public int Length { get; }
        public Position Position { get; }
    }

    private readonly struct AxisLayer
    {
        public AxisLayer(Conv2dGeometry g, bool vertical)
        {
            Input = vertical ? g.InputHeight : g.InputWidth;
            Kernel = vertical ? g.KernelHeight : g.KernelWidth;
            Stride = vertical ? g.StrideHeight : g.StrideWidth;
            Padding = vertical ? g.PaddingHeight : g.PaddingWidth;
            Dilation = vertical ? g.DilationHeight : g.DilationWidth;
            Mode = g.PaddingMode;
        }

        public int Input { get; }
        public int Kernel { get; }
        public int Stride { get; }
        public int Padding { get; }
        public int Dilation { get; }
        public PaddingMode Mode { get; }
    }

    /// <summary>
    /// The positions of one axis as runs. A position whose composite window lies inside the input is exact with
    /// every read real: each layer of the sequence then reads inside its input too (the first layer's window is
    /// the composite's, and it covers every intermediate index read), so only the border positions are walked.
    /// </summary>
    public static Run[] Analyze(IReadOnlyList<Conv2dGeometry> layers, PaddingMode compositeMode, bool vertical, int stride, int padding, int dilation, int kernel, int outputSize)
    {
        var axis = new AxisLayer[layers.Count];
        // strideBelow[k]: product of the strides of layers before k, which scales layer k's taps in input coordinates.
        var strideBelow = new int[layers.Count];
        // biasBelow[k]: some layer before k has a bias, so layer k's input carries it.
        var biasBelow = new bool[layers.Count];
        var product = 1;
        var anyBias = false;
        for (var k = 0; k < layers.Count; k++)
        {
            axis[k] = new AxisLayer(layers[k], vertical);
            strideBelow[k] = product;
            biasBelow[k] = anyBias;
            product *= axis[k].Stride;
            anyBias |= layers[k].HasBias;
        }

        // Interior: origin y*stride - padding >= 0 and origin + extent <= input - 1 (all in long: no overflow).
        long extent = (long)dilation * (kernel - 1), input = axis[0].Input;
        var firstInterior = Math.Min(outputSize, (padding + (long)stride - 1) / stride);
        var lastInterior = input - 1 - extent + padding < 0 ? -1 : Math.Min(outputSize - 1, (input - 1 - extent + padding) / stride);
        var interior = new Position { BiasOk = true };

        var runs = new List<Run>();
        var walk = new Walk(axis, strideBelow, biasBelow, compositeMode);
        for (long y = 0; y < outputSize; y++)
        {
            if (y >= firstInterior && y <= lastInterior)
            {
                Append(runs, (int)y, (int)(lastInterior - y + 1), interior);
                y = lastInterior;
                continue;
            }

            Append(runs, (int)y, 1, walk.Analyze((int)(y * stride - padding), (int)y));
        }

        return runs.ToArray();
    }

    private static void Append(List<Run> runs, int start, int length, Position position)
    {
        if (runs.Count > 0 && runs[runs.Count - 1].Position.Equals(position))
        {
            var last = runs[runs.Count - 1];
            runs[runs.Count - 1] = new Run(last.Start, last.Length + length, position);
            return;
        }

        runs.Add(new Run(start, length, position));
    }

    private sealed class Walk
    {
        private readonly AxisLayer[] _axis;
        private readonly int[] _strideBelow;
        private readonly bool[] _biasBelow;
        private readonly PaddingMode _compositeMode;
        private HashSet<long> _states = new();
        private HashSet<long> _next = new();

        public Walk(AxisLayer[] axis, int[] strideBelow, bool[] biasBelow, PaddingMode compositeMode)
        {
            _compositeMode = compositeMode;
            _axis = axis;
            _strideBelow = strideBelow;
            _biasBelow = biasBelow;
        }

        // Walks the tap tuples down from the last layer, one layer at a time. A state is (the position the sequence
        // reads in the output of layer k, -1 once a zero padding was read; the taps taken so far in input coordinates,
        // as the composite sees them). Tuples that reach the same state contribute the same terms below it, and every
        // verdict is an "or" over terms, so each state is walked once: the cost is polynomial in the chain, not a
        // product of kernel sizes.
        public Position Analyze(int compositeOrigin, int y)
        {
            var position = new Position { BiasOk = true, SequenceAllZero = true, CompositeAllZero = true };
            _states.Clear();
            _states.Add(Pack(y, 0));
            for (var k = _axis.Length - 1; k >= 0; k--)
            {
                var layer = _axis[k];
                _next.Clear();
                foreach (var state in _states)
                {
                    var index = (int)(state >> 32) - 1;
                    var offset = (int)(uint)state;
                    for (var tap = 0; tap < layer.Kernel; tap++)
                    {
                        var tapOffset = offset + tap * layer.Dilation * _strideBelow[k];
                        var next = index < 0 ? -1 : PaddedIndex.Map(layer.Mode, index * layer.Stride - layer.Padding + tap * layer.Dilation, layer.Input);
                        if (k > 0)
                        {
                            if (index >= 0 && next < 0 && _biasBelow[k])
                            {
                                position.BiasOk = false;
                                position.Causes |= InexactCause.MissingBias;
                            }

                            _next.Add(Pack(next, tapOffset));
                            continue;
                        }

                        var composite = PaddedIndex.Map(_compositeMode, compositeOrigin + tapOffset, _axis[0].Input);
                        if (next >= 0) position.SequenceAllZero = false;
                        if (composite >= 0) position.CompositeAllZero = false;
                        if (next == composite) continue;
                        if (next >= 0) position.UnequalWhereSequenceReal = true;
                        if (composite >= 0) position.UnequalWhereCompositeReal = true;
                        position.Causes |= next < 0 ? InexactCause.IntermediateZeroPadding : InexactCause.PaddingMode;
                    }
                }

                (_states, _next) = (_next, _states);
            }

            return position;
        }

        private static long Pack(int index, int offset) => ((long)(index + 1) << 32) | (uint)offset;
    }

    // A tuple that reads differently along one axis still gives equal (zero) terms when the other axis
    // reads only zeros on the same side.
    public static bool Exact(Position row, Position column) =>
        row.BiasOk && column.BiasOk
        && (!row.UnequalWhereSequenceReal || column.SequenceAllZero)
        && (!row.UnequalWhereCompositeReal || column.CompositeAllZero)
        && (!column.UnequalWhereSequenceReal || row.SequenceAllZero)
        && (!column.UnequalWhereCompositeReal || row.CompositeAllZero);

    /// <summary>The run that holds position <paramref name="index"/>.</summary>
    public static Position At(Run[] runs, int index)
    {
        int low = 0, high = runs.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (runs[middle].Start <= index) low = middle;
            else high = middle - 1;
        }

        return runs[low].Position;
    }

    public static IReadOnlyList<int> InexactIndices(Run[] runs)
    {
        var indices = new List<int>();
        foreach (var run in runs)
            if (!run.Position.Exact)
                for (var i = 0; i < run.Length; i++) indices.Add(run.Start + i);
        return indices;
    }

    public static InexactCause Causes(Run[] runs)
    {
        var causes = InexactCause.None;
        foreach (var run in runs) causes |= run.Position.Causes;
        return causes;
    }
}
