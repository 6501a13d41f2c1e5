package clusterlab.firms;

import clusterlab.parallel.SideBySide;
import java.util.Arrays;

/**
 * The firm population as a structure of arrays: one primitive array per attribute, one row per
 * live firm. Rows are kept in ascending order of firm id (new firms are appended with fresh,
 * larger ids, and {@link #compact()} keeps order), so a firm's row is found by binary search and
 * ids stay stable for projects, networks and outputs while rows move.
 *
 * <p>Hot loops read and write these arrays directly by row; each array is touched sequentially,
 * which is what makes millions of firms per tick cheap (touching a few bytes per firm per tick is the memory-bandwidth floor).
 */
public final class FirmTable implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public static final byte ALIVE = 1;
    public static final byte STARTUP = 1 << 1;
    public static final byte SPINOFF = 1 << 2;
    public static final byte INCUBATED = 1 << 3;
    public static final byte VC_BACKED = 1 << 4;
    public static final byte IN_PROJECT = 1 << 5;
    /** Has taken part in a joint project supported by a programme (kept for life, for comparisons). */
    public static final byte PARTICIPANT = 1 << 6;

    private int size;
    public int[] id;
    public int[] region;
    public int[] field;
    public byte[] flags;
    /** Employees (fractional: employment adjusts smoothly; outputs round). */
    public double[] employees;
    /** Technological capability, 0..1. */
    public double[] capability;
    /** Absorptive capacity, 0..1: how much of nearby knowledge the firm can use. */
    public double[] absorptive;
    /** Cash, oku. */
    public double[] cash;
    /** Sales, oku per month. */
    public double[] sales;
    /** Outstanding bank debt, oku. */
    public double[] debt;
    /** Monthly principal repayment of the debt, oku. */
    public double[] repayment;
    public int[] ageMonths;
    public int[] lossMonths;
    /** Months an incubated start-up has held its place. */
    public int[] incubatedMonths;

    /** Liveness by firm id, for ids whose rows may already be gone (ties, portfolios). */
    private long[] aliveById = new long[1024];

    public FirmTable(int capacity) {
        int c = Math.max(16, capacity);
        id = new int[c];
        region = new int[c];
        field = new int[c];
        flags = new byte[c];
        employees = new double[c];
        capability = new double[c];
        absorptive = new double[c];
        cash = new double[c];
        sales = new double[c];
        debt = new double[c];
        repayment = new double[c];
        ageMonths = new int[c];
        lossMonths = new int[c];
        incubatedMonths = new int[c];
    }

    /** Rows in use (live firms, plus firms that died this tick until {@link #compact()}). */
    public int size() {
        return size;
    }

    /** Appends a firm and returns its row; its id must exceed every id in the table. */
    public int add(int firmId, int regionIndex, int fieldIndex, byte initialFlags) {
        if (size > 0 && firmId <= id[size - 1]) {
            throw new IllegalArgumentException("firm ids must increase: " + firmId + " after " + id[size - 1]);
        }
        if (size == id.length) {
            grow();
        }
        int row = size++;
        id[row] = firmId;
        region[row] = regionIndex;
        field[row] = fieldIndex;
        flags[row] = (byte) (initialFlags | ALIVE);
        employees[row] = 1;
        capability[row] = 0;
        absorptive[row] = 0;
        cash[row] = 0;
        sales[row] = 0;
        debt[row] = 0;
        repayment[row] = 0;
        ageMonths[row] = 0;
        lossMonths[row] = 0;
        incubatedMonths[row] = 0;
        setAliveById(firmId, true);
        return row;
    }

    public boolean alive(int row) {
        return (flags[row] & ALIVE) != 0;
    }

    public boolean has(int row, byte flag) {
        return (flags[row] & flag) != 0;
    }

    public void set(int row, byte flag, boolean on) {
        flags[row] = (byte) (on ? flags[row] | flag : flags[row] & ~flag);
    }

    /**
     * Marks a firm dead; its row stays until {@link #compact()}. Touches only the firm's own row,
     * so chunks may kill firms in parallel; the shared by-id liveness is updated in compact().
     */
    public void kill(int row) {
        set(row, ALIVE, false);
    }

    /** Whether the firm with this id is alive (as of the last compaction), in O(1), even after its row has gone. */
    public boolean aliveId(int firmId) {
        int word = firmId >>> 6;
        return word < aliveById.length && (aliveById[word] & (1L << firmId)) != 0;
    }

    /** Row of a live or just-dead firm by id, or -1. */
    public int rowOf(int firmId) {
        int r = Arrays.binarySearch(id, 0, size, firmId);
        return r >= 0 ? r : -1;
    }

    /**
     * Removes the rows of dead firms, keeping the others in id order. Run at one fixed point of
     * the tick (after firm dynamics), so every stage sees a stable table.
     */
    public void compact() {
        compact(SideBySide.SEQUENTIAL);
    }

    /**
     * As {@link #compact()}, with the attribute arrays split between two workers. Deaths are
     * sparse, so live rows come in long runs: the runs are found first, then each run moves with
     * one block copy per array, at memory speed; arrays are independent, so the split changes
     * nothing in the result.
     */
    public void compact(SideBySide both) {
        int[] runs = new int[48];
        int count = 0;
        int w = 0;
        int r = 0;
        while (r < size) {
            if ((flags[r] & ALIVE) == 0) {
                setAliveById(id[r], false);
                r++;
                continue;
            }
            int start = r;
            while (r < size && (flags[r] & ALIVE) != 0) {
                r++;
            }
            if (w != start) {
                if (count + 3 > runs.length) {
                    runs = Arrays.copyOf(runs, 2 * runs.length);
                }
                runs[count++] = start;
                runs[count++] = w;
                runs[count++] = r - start;
            }
            w += r - start;
        }
        int[] moves = runs;
        int n = count;
        both.run(() -> {
            moveRuns(id, moves, n);
            moveRuns(region, moves, n);
            moveRuns(field, moves, n);
            moveRuns(flags, moves, n);
            moveRuns(employees, moves, n);
            moveRuns(capability, moves, n);
            moveRuns(absorptive, moves, n);
        }, () -> {
            moveRuns(cash, moves, n);
            moveRuns(sales, moves, n);
            moveRuns(debt, moves, n);
            moveRuns(repayment, moves, n);
            moveRuns(ageMonths, moves, n);
            moveRuns(lossMonths, moves, n);
            moveRuns(incubatedMonths, moves, n);
        });
        size = w;
    }

    /** Applies the runs (from, to, rows triples, in row order) to one attribute array. */
    private static void moveRuns(Object array, int[] runs, int count) {
        for (int k = 0; k < count; k += 3) {
            System.arraycopy(array, runs[k], array, runs[k + 1], runs[k + 2]);
        }
    }

    private void setAliveById(int firmId, boolean alive) {
        int word = firmId >>> 6;
        if (word >= aliveById.length) {
            aliveById = Arrays.copyOf(aliveById, Math.max(word + 1, aliveById.length * 2));
        }
        if (alive) {
            aliveById[word] |= 1L << firmId;
        } else {
            aliveById[word] &= ~(1L << firmId);
        }
    }

    private void grow() {
        int c = id.length + (id.length >> 1) + 16;
        id = Arrays.copyOf(id, c);
        region = Arrays.copyOf(region, c);
        field = Arrays.copyOf(field, c);
        flags = Arrays.copyOf(flags, c);
        employees = Arrays.copyOf(employees, c);
        capability = Arrays.copyOf(capability, c);
        absorptive = Arrays.copyOf(absorptive, c);
        cash = Arrays.copyOf(cash, c);
        sales = Arrays.copyOf(sales, c);
        debt = Arrays.copyOf(debt, c);
        repayment = Arrays.copyOf(repayment, c);
        ageMonths = Arrays.copyOf(ageMonths, c);
        lossMonths = Arrays.copyOf(lossMonths, c);
        incubatedMonths = Arrays.copyOf(incubatedMonths, c);
    }
}
