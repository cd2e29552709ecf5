using System.Collections.Generic;

namespace Conv;

/// <summary>
/// The largest all-exact rectangle of the output, found on runs: the mask is constant on each block of a row run
/// by a column run, so a largest rectangle can always be widened to block edges, and the histogram method runs
/// over blocks with their real heights and widths (linear in the number of blocks, not of positions).
/// </summary>
internal static class LargestRectangle
{
    public static Region Find(ExactnessAxis.Run[] rows, ExactnessAxis.Run[] columns)
    {
        var heights = new int[columns.Length];
        var best = new Region(0, 0, 0, 0);
        var stack = new Stack<int>();
        foreach (var row in rows)
        {
            for (var x = 0; x < columns.Length; x++)
                heights[x] = ExactnessAxis.Exact(row.Position, columns[x].Position) ? heights[x] + row.Length : 0;

            var bottom = row.Start + row.Length;
            stack.Clear();
            for (var x = 0; x <= columns.Length; x++)
            {
                var h = x == columns.Length ? 0 : heights[x];
                while (stack.Count > 0 && heights[stack.Peek()] >= h)
                {
                    var barHeight = heights[stack.Pop()];
                    var left = stack.Count == 0 ? 0 : columns[stack.Peek()].Start + columns[stack.Peek()].Length;
                    var right = x == columns.Length ? columns[x - 1].Start + columns[x - 1].Length : columns[x].Start;
                    var area = (long)barHeight * (right - left);
                    if (area > best.Area)
                        best = new Region(bottom - barHeight, left, barHeight, right - left);
                }

                stack.Push(x);
            }
        }

        return best;
    }
}
