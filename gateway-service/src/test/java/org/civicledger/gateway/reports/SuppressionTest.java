package org.civicledger.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicledger.api.Limits;
import org.junit.jupiter.api.Test;

/**
 * Complementary suppression, tested as a property over thousands of random tables (months × parts, with the
 * months' totals and the period's row): no cell of fewer than 5 residents is published, and no withheld cell can be
 * recovered from the published cells, neither by subtraction within its row or column nor by any linear
 * combination of the table's equations (checked by exact rank arithmetic, independently of the algorithm's graph).
 */
class SuppressionTest {
    private static final int K = Limits.ANONYMITY_THRESHOLD;
    private static final long PRIME = 2_147_483_647L;

    /** A random table: months + period row, parts + total column; -1 residents = no cell. */
    record Table(long[][] values, long[][] residents, boolean[][] present) {
        int rows() {
            return values.length;
        }

        int columns() {
            return values[0].length;
        }
    }

    @Test
    void over_5000_random_tables_no_small_cell_is_published_and_no_withheld_cell_can_be_recovered() {
        Random random = new Random(20261207L);
        int withheldSomething = 0;
        int complementary = 0;
        for (int n = 0; n < 5000; n++) {
            Table table = randomTable(random);
            boolean[][] withheld = new Suppression(table.values, table.residents, table.present).withheld(K);
            String name = "table " + n;
            assertPrimaryRule(table, withheld, name);
            assertNoRowOrColumnWithOneWithheld(table, withheld, name);
            assertNoWithheldCellIsDetermined(table, withheld, name);
            boolean any = false;
            for (int i = 0; i < table.rows(); i++) {
                for (int j = 0; j < table.columns(); j++) {
                    any |= withheld[i][j];
                    if (withheld[i][j] && table.residents[i][j] >= K) {
                        complementary++;
                    }
                }
            }
            withheldSomething += any ? 1 : 0;
        }
        assertTrue(withheldSomething > 1000, "the tables exercise suppression: " + withheldSomething);
        assertTrue(complementary > 1000, "complementary suppression happens: " + complementary);
    }

    @Test
    void the_same_table_gives_the_same_cells_withheld() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            Table table = randomTable(random);
            boolean[][] first = new Suppression(table.values, table.residents, table.present).withheld(K);
            boolean[][] second = new Suppression(table.values, table.residents, table.present).withheld(K);
            for (int i = 0; i < first.length; i++) {
                assertArrayEquals(first[i], second[i]);
            }
        }
    }

    @Test
    void one_small_category_in_a_month_hides_a_second_cell_in_its_row_and_its_column() {
        // two months x two categories: month 1 category B has 2 residents
        long[][] values = {{100, 7, 107}, {90, 50, 140}, {190, 57, 247}};
        long[][] residents = {{20, 2, 21}, {18, 9, 25}, {30, 10, 35}};
        boolean[][] present = {{true, true, true}, {true, true, true}, {true, true, true}};
        boolean[][] withheld = new Suppression(values, residents, present).withheld(K);

        assertTrue(withheld[0][1], "the small cell");
        int inRow = 0;
        int inColumn = 0;
        for (int j = 0; j < 3; j++) {
            inRow += withheld[0][j] ? 1 : 0;
        }
        for (int i = 0; i < 3; i++) {
            inColumn += withheld[i][1] ? 1 : 0;
        }
        assertEquals(2, inRow, "one more in its row");
        assertEquals(2, inColumn, "one more in its column");
        assertFalse(withheld[2][2], "the grand total stays published");
    }

    @Test
    void a_single_small_month_of_a_table_without_parts_hides_one_more_month() {
        long[][] values = {{10}, {300}, {280}, {590}};
        long[][] residents = {{1}, {40}, {35}, {60}};
        boolean[][] present = {{true}, {true}, {true}, {true}};
        boolean[][] withheld = new Suppression(values, residents, present).withheld(K);

        assertTrue(withheld[0][0]);
        assertTrue(withheld[2][0], "the cheapest other cell");
        assertFalse(withheld[1][0]);
        assertFalse(withheld[3][0]);
    }

    private static Table randomTable(Random random) {
        int months = 1 + random.nextInt(7);
        int parts = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(6);
        double density = 0.3 + random.nextDouble() * 0.7;
        int rows = months + 1;
        int columns = parts + 1;
        long[][] values = new long[rows][columns];
        long[][] residents = new long[rows][columns];
        boolean[][] present = new boolean[rows][columns];
        for (int i = 0; i < months; i++) {
            if (parts == 0) {
                if (random.nextDouble() < density) {
                    present[i][0] = true;
                    values[i][0] = 1 + random.nextInt(1000);
                    residents[i][0] = smallOrLarge(random);
                }
                continue;
            }
            for (int j = 0; j < parts; j++) {
                if (random.nextDouble() < density) {
                    present[i][j] = true;
                    values[i][j] = 1 + random.nextInt(1000);
                    residents[i][j] = smallOrLarge(random);
                    present[i][parts] = true;
                    values[i][parts] += values[i][j];
                    residents[i][parts] = Math.max(residents[i][parts], residents[i][j]);
                }
            }
            if (present[i][parts]) {
                residents[i][parts] += random.nextInt(4);
            }
        }
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < months; i++) {
                if (present[i][j]) {
                    present[months][j] = true;
                    values[months][j] += values[i][j];
                    residents[months][j] = Math.max(residents[months][j], residents[i][j]);
                }
            }
            if (present[months][j]) {
                residents[months][j] += random.nextInt(3);
            }
        }
        return new Table(values, residents, present);
    }

    private static long smallOrLarge(Random random) {
        return random.nextInt(3) == 0 ? 1 + random.nextInt(K - 1) : 1 + random.nextInt(30);
    }

    private static void assertPrimaryRule(Table t, boolean[][] withheld, String name) {
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                if (!t.present[i][j]) {
                    assertFalse(withheld[i][j], name + ": a cell that does not exist is not withheld");
                } else if (t.residents[i][j] < K) {
                    assertTrue(withheld[i][j], name + ": cell " + i + "," + j + " of " + t.residents[i][j]
                            + " residents is published");
                }
            }
        }
    }

    /** The table's equations, each a list of {row, column} cells (parts then total). */
    private static List<List<int[]>> equations(Table t) {
        List<List<int[]>> equations = new ArrayList<>();
        if (t.columns() > 1) {
            for (int i = 0; i < t.rows(); i++) {
                List<int[]> row = new ArrayList<>();
                for (int j = 0; j < t.columns(); j++) {
                    row.add(new int[] {i, j});
                }
                equations.add(row);
            }
        }
        for (int j = 0; j < t.columns(); j++) {
            List<int[]> column = new ArrayList<>();
            for (int i = 0; i < t.rows(); i++) {
                column.add(new int[] {i, j});
            }
            equations.add(column);
        }
        return equations;
    }

    private static void assertNoRowOrColumnWithOneWithheld(Table t, boolean[][] withheld, String name) {
        for (List<int[]> equation : equations(t)) {
            long hidden = equation.stream().filter(c -> withheld[c[0]][c[1]]).count();
            assertTrue(hidden != 1, name + ": a row or column with one withheld cell gives it away by subtraction");
        }
    }

    /**
     * A withheld cell x is determined by the equations (published values known) exactly when the unit vector of x
     * lies in the row space of the equations restricted to the withheld cells, i.e. when dropping x's column lowers
     * the rank. Ranks over GF(p); the matrix has entries 0, ±1.
     */
    private static void assertNoWithheldCellIsDetermined(Table t, boolean[][] withheld, String name) {
        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                if (withheld[i][j]) {
                    unknowns.add(new int[] {i, j});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return;
        }
        List<List<int[]>> equations = equations(t);
        long[][] matrix = new long[equations.size()][unknowns.size()];
        for (int r = 0; r < equations.size(); r++) {
            List<int[]> equation = equations.get(r);
            int[] total = equation.get(equation.size() - 1);
            for (int u = 0; u < unknowns.size(); u++) {
                int[] cell = unknowns.get(u);
                for (int[] member : equation) {
                    if (member[0] == cell[0] && member[1] == cell[1]) {
                        matrix[r][u] = member == total ? PRIME - 1 : 1;
                    }
                }
            }
        }
        int full = rank(matrix, -1);
        for (int u = 0; u < unknowns.size(); u++) {
            int without = rank(matrix, u);
            assertEquals(full, without, name + ": withheld cell " + unknowns.get(u)[0] + "," + unknowns.get(u)[1]
                    + " follows from the published cells");
        }
    }

    private static int rank(long[][] source, int dropped) {
        int rows = source.length;
        int columns = source[0].length;
        long[][] m = new long[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = source[r].clone();
            if (dropped >= 0) {
                m[r][dropped] = 0;
            }
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < rows; c++) {
            int pivot = -1;
            for (int r = rank; r < rows; r++) {
                if (m[r][c] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            long inverse = power(m[rank][c], PRIME - 2);
            for (int r = 0; r < rows; r++) {
                if (r != rank && m[r][c] != 0) {
                    long factor = m[r][c] * inverse % PRIME;
                    for (int k = 0; k < columns; k++) {
                        m[r][k] = Math.floorMod(m[r][k] - factor * m[rank][k] % PRIME, PRIME);
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base % PRIME;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * b % PRIME;
            }
            b = b * b % PRIME;
        }
        return result;
    }
}
