using System;

namespace Conv;

/// <summary>
/// A convolution as the affine map it is on one batch item: <c>y = M x + offset</c>, with <c>M</c> dense
/// (rows: output positions in CHW order, columns: input positions in CHW order). For checking that
/// composing kernels is composing operators: <c>M(second) * M(first) == M(composite)</c> on the exact rows.
/// </summary>
public sealed class ConvOperator
{
    private readonly double[] _matrix;
    private readonly double[] _offset;

    private ConvOperator(int rows, int columns, double[] matrix, double[] offset)
    {
        Rows = rows;
        Columns = columns;
        _matrix = matrix;
        _offset = offset;
    }

    /// <summary>Output positions (the layer's OutputLength).</summary>
    public int Rows { get; }

    /// <summary>Input positions (the layer's InputLength).</summary>
    public int Columns { get; }

    /// <summary>The coefficient of input position <paramref name="column"/> in output position <paramref name="row"/>.</summary>
    public double this[int row, int column] => _matrix[checked(row * Columns + column)];

    /// <summary>The constant term (the folded bias) of output position <paramref name="row"/>.</summary>
    public double Offset(int row) => _offset[row];

    /// <summary>Builds the operator of a layer with the given weight and bias (empty: zero bias).</summary>
    public static ConvOperator Create(Conv2dGeometry geometry, [Layout(TensorLayout.Oihw)] ReadOnlySpan<float> weight, ReadOnlySpan<float> bias = default)
    {
        if (geometry is null) throw new ArgumentNullException(nameof(geometry));
        const string owner = nameof(ConvOperator) + "." + nameof(Create);
        Lengths.Require(owner, nameof(weight), geometry.WeightLength, weight.Length);
        Lengths.RequireBias(owner, nameof(bias), geometry.HasBias, geometry.BiasLength, bias.Length);

        var g = geometry;
        var matrix = new double[checked((long)g.OutputLength * g.InputLength)];
        var offset = new double[g.OutputLength];
        int inPerGroup = g.InChannelsPerGroup, outPerGroup = g.OutChannelsPerGroup;
        for (var o = 0; o < g.OutChannels; o++)
        for (var oy = 0; oy < g.OutputHeight; oy++)
        for (var ox = 0; ox < g.OutputWidth; ox++)
        {
            var row = (o * g.OutputHeight + oy) * g.OutputWidth + ox;
            offset[row] = bias.IsEmpty ? 0 : bias[o];
            for (var i = 0; i < inPerGroup; i++)
            for (var ky = 0; ky < g.KernelHeight; ky++)
            {
                var iy = PaddedIndex.Map(g.PaddingMode, oy * g.StrideHeight - g.PaddingHeight + ky * g.DilationHeight, g.InputHeight);
                if (iy < 0) continue;
                for (var kx = 0; kx < g.KernelWidth; kx++)
                {
                    var ix = PaddedIndex.Map(g.PaddingMode, ox * g.StrideWidth - g.PaddingWidth + kx * g.DilationWidth, g.InputWidth);
                    if (ix < 0) continue;
                    var column = ((o / outPerGroup * inPerGroup + i) * g.InputHeight + iy) * g.InputWidth + ix;
                    matrix[(long)row * g.InputLength + column] += weight[((o * inPerGroup + i) * g.KernelHeight + ky) * g.KernelWidth + kx];
                }
            }
        }

        return new ConvOperator(g.OutputLength, g.InputLength, matrix, offset);
    }

    /// <summary>The operator of running <paramref name="first"/> and then this one: <c>M(this) * M(first)</c>.</summary>
    public ConvOperator After(ConvOperator first)
    {
        if (first is null) throw new ArgumentNullException(nameof(first));
        if (first.Rows != Columns)
            throw new ArgumentException($"first produces {first.Rows} values but this operator reads {Columns}", nameof(first));
        var matrix = new double[(long)Rows * first.Columns];
        var offset = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            offset[r] = _offset[r];
            for (var k = 0; k < Columns; k++)
            {
                var a = _matrix[(long)r * Columns + k];
                if (a == 0) continue;
                offset[r] += a * first._offset[k];
                for (var c = 0; c < first.Columns; c++)
                    matrix[(long)r * first.Columns + c] += a * first._matrix[(long)k * first.Columns + c];
            }
        }

        return new ConvOperator(Rows, first.Columns, matrix, offset);
    }

    /// <summary>Applies the operator to one batch item.</summary>
    public double[] Apply(ReadOnlySpan<float> input)
    {
        Lengths.Require(nameof(ConvOperator) + "." + nameof(Apply), nameof(input), Columns, input.Length);
        var output = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            var sum = _offset[r];
            for (var c = 0; c < Columns; c++) sum += _matrix[(long)r * Columns + c] * input[c];
            output[r] = sum;
        }

        return output;
    }
}
