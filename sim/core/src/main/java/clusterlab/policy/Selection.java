package clusterlab.policy;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Choosing the regions a programme funds: the {@code count} candidates with the highest scores
 * (ties go to the lower region index, so the choice is deterministic), returned in index order.
 * What the score is — research potential, past activity, a panel's noisy judgement — is the
 * caller's rule; this class only ranks.
 */
public final class Selection {
    private Selection() {
    }

    /** @param score by region index; @param count 0 or more than the candidates means all of them */
    public static int[] top(int[] candidates, double[] score, int count) {
        if (count <= 0 || count >= candidates.length) {
            return candidates.clone();
        }
        Integer[] order = Arrays.stream(candidates).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer r) -> -score[r]).thenComparingInt(r -> r));
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = order[i];
        }
        Arrays.sort(chosen);
        return chosen;
    }
}
