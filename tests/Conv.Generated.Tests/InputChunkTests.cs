using Conv.Generated.Tests.Shapes;
using Xunit;

namespace Conv.Generated.Tests;

/// <summary>
/// Layers whose AVX2 kernel (16 registers) runs every block of output channels over one block of positions before the
/// next, in chunks of input channels (the accumulators resumed from the outputs stored after each chunk, the run's last
/// columns after all chunks over every channel): checked against the reference on this machine's kernel and, through
/// InstructionSetTests, with AVX-512 turned off (ParallelForwardTests splits one over threads).
/// </summary>
public class InputChunkTests
{
    [Fact]
    public void Chunks_of_9_channels_with_an_overlapping_last_vector_and_relu() =>
        ReferenceCheck.Same(new Conv2dGeometry(128, 64, 3, 3, 28, 28, 2, 2, 1, 1), Activation.Relu, 0.01f,
            (w, b) => x => new InputChunked196(w, b).Forward(x), "chunks of 9", 1, 2);

    [Fact]
    public void Chunks_at_7x7_with_a_dot_product_for_the_last_position() =>
        ReferenceCheck.Same(new Conv2dGeometry(512, 32, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new InputChunked7x7(w, b).Forward(x), "7x7", 1, 3);

    [Fact]
    public void Chunks_of_75_channels_where_the_weights_outgrow_the_L2_cache() =>
        ReferenceCheck.Same(new Conv2dGeometry(512, 256, 3, 3, 7, 7, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new InputChunkedLargeWeights(w, b).Forward(x), "7x7, chunks of 75", 1);

    [Fact]
    public void A_1x1_layer_in_chunks_of_64_channels() =>
        ReferenceCheck.Same(new Conv2dGeometry(256, 64, 1, 1, 28, 28),
            (w, b) => x => new InputChunkedPointwise(w, b).Forward(x), "1x1, chunks of 64", 1, 2);

    [Fact]
    public void A_strided_1x1_layer_in_chunks_with_a_dot_product_for_the_last_position() =>
        ReferenceCheck.Same(new Conv2dGeometry(256, 512, 1, 1, 14, 14, 2, 2),
            (w, b) => x => new InputChunkedPointwiseStrided(w, b).Forward(x), "1x1 stride 2, chunks of 64", 1, 3);

    [Fact]
    public void Every_channel_in_one_chunk() =>
        ReferenceCheck.Same(new Conv2dGeometry(16, 64, 3, 3, 55, 55, paddingHeight: 1, paddingWidth: 1),
            (w, b) => x => new InputChunkedWhole(w, b).Forward(x), "one chunk", 1, 2);
}
