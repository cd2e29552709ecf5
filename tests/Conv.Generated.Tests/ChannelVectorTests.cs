using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Dense layers with narrow rows and taps in the zero padding, whose AVX-512 kernel holds 16 output channels per vector and
/// skips the taps outside the input: checked against the reference on this machine and, through InstructionSetTests, on the
/// other kernels (ParallelForwardTests splits one over threads).
/// </summary>
public class ChannelVectorTests
{
    [Fact]
    public void Rows_of_14_in_two_pieces_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 32, 3, 3, 14, 14, paddingHeight: 1, paddingWidth: 1), Activation.Relu, 0.01f,
            (w, b) => x => new ChannelVectors14(w, b).Forward(x), "rows of 14", 1, 2, 4);

    [Fact]
    public void Stride_2_in_chunks_of_input_channels_with_leaky_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(72, 64, 3, 3, 28, 28, 2, 2, 1, 1, hasBias: false), Activation.LeakyRelu, 0.1f,
            (w, _) => x => new ChannelVectorsStrided(w).Forward(x), "stride 2 in chunks", 1, 2);

    [Fact]
    public void Dilated_rows_of_12_in_one_piece() =>
        ReferenceCheck.Same(new Conv2dGeometry(72, 32, 3, 3, 12, 12, paddingHeight: 2, paddingWidth: 2, dilationHeight: 2, dilationWidth: 2),
            (w, b) => x => new ChannelVectorsDilated(w, b).Forward(x), "dilated", 1, 2);

    [Fact]
    public void Patches_of_16x16_at_stride_16_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(3, 64, 16, 16, 112, 112, 16, 16), Activation.Relu, 0.01f,
            (w, b) => x => new ChannelVectorsPatches(w, b).Forward(x), "16x16 patches", 1, 2, 3);

    [Fact]
    public void Window_of_one_column() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 32, 5, 1, 11, 11, paddingHeight: 2),
            (w, b) => x => new ChannelVectors5x1(w, b).Forward(x), "5x1", 1, 2);

    [Fact]
    public void Window_of_one_row() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 32, 1, 5, 10, 14, paddingWidth: 2),
            (w, b) => x => new ChannelVectors1x5(w, b).Forward(x), "1x5", 1, 2);

    [Fact]
    public void Rows_with_no_tap_inside_the_input_are_the_bias() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 32, 3, 3, 8, 8, paddingHeight: 3, paddingWidth: 3),
            (w, b) => x => new ChannelVectorsWidePadding(w, b).Forward(x), "wide padding", 1, 2);

    [Fact]
    public void Window_5x5_in_chunks_of_10_input_channels() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 5, 5, 12, 12, paddingHeight: 2, paddingWidth: 2), Activation.Relu, 0.01f,
            (w, b) => x => new ChannelVectors5x5(w, b).Forward(x), "5x5", 1, 2);

    [Fact]
    public void Batches_at_7x7_in_groups_of_items() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 64, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1), Activation.Relu6, 0.01f,
            (w, b) => x => new ChannelVectorItems7x7(w, b).Forward(x), "7x7 items", 1, 2, 9);

    [Fact]
    public void Batches_strided_into_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 96, 3, 3, 14, 14, 2, 2, 1, 1, hasBias: false),
            (w, _) => x => new ChannelVectorItemsStrided(w).Forward(x), "strided items", 1, 3, 15);

    // Batch 5 of items of 392 KB: over the kept weights 2 + 2 + 1 items at a time, rearranged on each call all 5 at once.
    [Fact]
    public void Large_items_a_few_at_a_time_over_the_kept_weights_all_at_once_when_rearranged_on_each_call() =>
        KeptWeightsGiveTheBitsOfWeightsRearrangedOnEachCall(new Conv2dGeometry(512, 32, 3, 3, 14, 14, paddingHeight: 1, paddingWidth: 1),
            Activation.None, 5, (w, b) => new ChannelVectorItemsLarge(w, b), (layer, x) => layer.Forward(x), layer => layer.Weight);

    [Fact]
    public void Rows_of_8_without_a_row_kernel_of_16_lanes() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 32, 3, 3, 8, 8, paddingHeight: 1, paddingWidth: 1), Activation.Relu, 0.01f,
            (w, b) => x => new ChannelVectors8(w, b).Forward(x), "rows of 8", 1, 3);

    [Fact]
    public void Groups_of_32_output_channels_at_7x7() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 128, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1, groups: 4),
            (w, b) => x => new ChannelVectorsGrouped(w, b).Forward(x), "groups of 32", 1, 2);

    [Fact]
    public void Rows_of_28_in_three_pieces() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 32, 3, 3, 20, 28, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new ChannelVectors28(w, b).Forward(x), "rows of 28", 1, 2);

    [Fact]
    public void Rows_of_36_in_three_pieces_with_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 3, 3, 20, 36, paddingHeight: 1, paddingWidth: 1), Activation.Relu, 0.01f,
            (w, b) => x => new ChannelVectors36(w, b).Forward(x), "rows of 36", 1, 2);

    [Fact]
    public void Rows_of_60_in_five_pieces() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 64, 3, 3, 8, 60, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new ChannelVectors60(w, b).Forward(x), "rows of 60", 1, 3);

    [Fact]
    public void Rows_of_56_whose_last_8_columns_count_as_a_16_lane_vector() =>
        ReferenceCheck.Same(new Conv2dGeometry(64, 32, 3, 3, 12, 56, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new ChannelVectors56(w, b).Forward(x), "rows of 56", 1, 3);

    [Fact]
    public void Unpadded_stride_2_into_rows_of_17() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 32, 3, 3, 7, 35, 2, 2),
            (w, b) => x => new ChannelVectors17(w, b).Forward(x), "stride 2 into 3x17", 1, 2);

    [Fact]
    public void Unpadded_stride_2_into_17x17() =>
        ReferenceCheck.Same(new Conv2dGeometry(32, 32, 3, 3, 35, 35, 2, 2, hasBias: false),
            (w, _) => x => new ChannelVectorsUnpadded(w).Forward(x), "unpadded stride 2", 1, 2);

    [Fact]
    public void A_batch_leaves_the_view_zero_for_a_single_item_after_it()
    {
        // On one thread: the batch runs the items kernel, whose running sums live in the view; one item of this layer (rows
        // of 44 over 2 rows: too few positions to pay for the rearranging) then runs a kernel over the padded view, whose zero
        // border must still be zero.
        var g = new Conv2dGeometry(256, 64, 1, 3, 2, 44, paddingWidth: 1);
        var weight = ReferenceCheck.Values(g.WeightLength, 1);
        var bias = ReferenceCheck.Values(g.BiasLength, 2);
        var layer = new ChannelVectorItemsRows44(weight, bias);
        layer.Forward(ReferenceCheck.Values(4 * g.InputLength, 3));
        var input = ReferenceCheck.Values(g.InputLength, 4);
        Conv.Tests.Tolerance.Equal(Conv2d.Forward(g, input, weight, bias), layer.Forward(input), "one item after a batch");
    }

    [Fact]
    public void Weights_written_between_calls_are_used()
    {
        var layer = new ChannelVectors14(ReferenceCheck.Values(ChannelVectors14.WeightLength, 1), ReferenceCheck.Values(ChannelVectors14.BiasLength, 2));
        var input = ReferenceCheck.Values(ChannelVectors14.InputLength, 3);
        layer.Forward(input);
        var changed = ReferenceCheck.Values(ChannelVectors14.WeightLength, 4);
        changed.CopyTo(layer.Weight, 0);
        var g = new Conv2dGeometry(64, 32, 3, 3, 14, 14, paddingHeight: 1, paddingWidth: 1);
        var expected = Conv2d.Forward(g, input, changed, layer.Bias);
        Activations.Apply(Activation.Relu, 0.01f, expected);
        Conv.Tests.Tolerance.Equal(expected, layer.Forward(input), "after a weight write");
    }

    [Fact]
    public void Kept_weights_give_the_bits_of_weights_rearranged_on_each_call() =>
        KeptWeightsGiveTheBitsOfWeightsRearrangedOnEachCall(new Conv2dGeometry(64, 64, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1),
            Activation.Relu6, 3, (w, b) => new ChannelVectorItems7x7(w, b), (layer, x) => layer.Forward(x), layer => layer.Weight);

    // The first call rearranges the weights and keeps them, the second reads the kept copy; a layer whose weight array was
    // handed out (Weight) rearranges them on every call. All three compute the same sums in the same order.
    private static void KeptWeightsGiveTheBitsOfWeightsRearrangedOnEachCall<TLayer>(
        Conv2dGeometry g, Activation activation, int batch, System.Func<float[], float[], TLayer> create,
        System.Func<TLayer, float[], float[]> forward, System.Func<TLayer, float[]> handOut)
    {
        var weight = ReferenceCheck.SpreadValues(g.WeightLength, 1);
        var bias = ReferenceCheck.Values(g.BiasLength, 2);
        var input = ReferenceCheck.Values(batch * g.InputLength, 3);
        var kept = create(weight, bias);
        var first = forward(kept, input);
        var second = forward(kept, input);
        var handedOut = create(weight, bias);
        Assert.Equal(weight, handOut(handedOut));
        var rearrangedEachCall = forward(handedOut, input);
        Assert.Equal(first, second);
        Assert.Equal(first, rearrangedEachCall);
        var expected = Conv2d.Forward(g, input, weight, bias);
        Activations.Apply(activation, 0.01f, expected);
        Conv.Tests.Tolerance.Equal(expected, second, $"kept weights, batch {batch}");
    }

    [Fact]
    public void A_struct_layer_sees_writes_through_a_copy_of_it()
    {
        // Copies of a struct layer share its weight array: a copy handing it out must stop the original keeping its own
        // rearranged weights.
        var g = new Conv2dGeometry(64, 32, 3, 3, 14, 14, paddingHeight: 1, paddingWidth: 1);
        var layer = new ChannelVectorsStruct(ReferenceCheck.Values(g.WeightLength, 1), ReferenceCheck.Values(g.BiasLength, 2));
        var input = ReferenceCheck.Values(g.InputLength, 3);
        layer.Forward(input);
        var copy = layer;
        var changed = ReferenceCheck.Values(g.WeightLength, 4);
        changed.CopyTo(copy.Weight, 0);
        Conv.Tests.Tolerance.Equal(Conv2d.Forward(g, input, changed, layer.Bias), layer.Forward(input), "after a write through a copy");
    }
}
