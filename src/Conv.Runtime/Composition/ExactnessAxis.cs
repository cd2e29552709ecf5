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
/// through the first layer's padding. A 2-D term is zero when either axis reads a zero, which is how the
/// axes combine in <see cref="Combine"/>.
/// </remarks>
internal static class ExactnessAxis
{
    internal struct Position
    {
        public bool BiasOk;
        public bool SequenceAllZero;
        public bool CompositeAllZero;
        public bool UnequalWhereSequenceReal;
        public bool UnequalWhereCompositeReal;
        public InexactCause Causes;

        public bool Exact => BiasOk && !UnequalWhereSequenceReal && !UnequalWhereCompositeReal;
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

    public static Position[] Analyze(IReadOnlyList<Conv2dGeometry> layers, bool vertical, int stride, int padding, int outputSize)
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

        var positions = new Position[outputSize];
        for (var y = 0; y < outputSize; y++)
        {
            var position = new Position { BiasOk = true, SequenceAllZero = true, CompositeAllZero = true };
            var walk = new Walk(axis, strideBelow, biasBelow, y * stride - padding);
            walk.Down(axis.Length - 1, y, 0, ref position);
            positions[y] = position;
        }

        return positions;
    }

    private readonly struct Walk
    {
        private readonly AxisLayer[] _axis;
        private readonly int[] _strideBelow;
        private readonly bool[] _biasBelow;
        private readonly int _compositeOrigin;

        public Walk(AxisLayer[] axis, int[] strideBelow, bool[] biasBelow, int compositeOrigin)
        {
            _axis = axis;
            _strideBelow = strideBelow;
            _biasBelow = biasBelow;
            _compositeOrigin = compositeOrigin;
        }

        // index: the position the sequence reads in the output of layer k (-1 once a zero padding was read);
        // offset: the taps taken so far, in input coordinates, as the composite sees them.
        public void Down(int k, int index, int offset, ref Position position)
        {
            var layer = _axis[k];
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

                    Down(k - 1, next, tapOffset, ref position);
                    continue;
                }

                var composite = PaddedIndex.Map(_axis[0].Mode, _compositeOrigin + tapOffset, _axis[0].Input);
                if (next >= 0) position.SequenceAllZero = false;
                if (composite >= 0) position.CompositeAllZero = false;
                if (next == composite) continue;
                if (next >= 0) position.UnequalWhereSequenceReal = true;
                if (composite >= 0) position.UnequalWhereCompositeReal = true;
                position.Causes |= next < 0 ? InexactCause.IntermediateZeroPadding : InexactCause.PaddingMode;
            }
        }
    }

    /// <summary>The 2-D exact mask, row-major.</summary>
    public static bool[] Combine(Position[] rows, Position[] columns)
    {
        var mask = new bool[rows.Length * columns.Length];
        for (var y = 0; y < rows.Length; y++)
        for (var x = 0; x < columns.Length; x++)
            mask[y * columns.Length + x] = Exact(rows[y], columns[x]);
        return mask;
    }

    // A tuple that reads differently along one axis still gives equal (zero) terms when the other axis
    // reads only zeros on the same side.
    private static bool Exact(Position row, Position column) =>
        row.BiasOk && column.BiasOk
        && (!row.UnequalWhereSequenceReal || column.SequenceAllZero)
        && (!row.UnequalWhereCompositeReal || column.CompositeAllZero)
        && (!column.UnequalWhereSequenceReal || row.SequenceAllZero)
        && (!column.UnequalWhereCompositeReal || row.CompositeAllZero);

    public static IReadOnlyList<int> InexactIndices(Position[] positions)
    {
        var indices = new List<int>();
        for (var i = 0; i < positions.Length; i++)
            if (!positions[i].Exact) indices.Add(i);
        return indices;
    }

    public static InexactCause Causes(Position[] positions)
    {
        var causes = InexactCause.None;
        foreach (var position in positions) causes |= position.Causes;
        return causes;
    }
}
