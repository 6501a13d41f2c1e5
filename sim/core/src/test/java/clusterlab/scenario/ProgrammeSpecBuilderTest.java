package clusterlab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder reads like a scenario file and takes its defaults from the same {@link Param}s. */
class ProgrammeSpecBuilderTest {
    private static ProgrammeSpec bound(String yaml) {
        return new Binder(path -> Origin.file("test")).bindRecord(ProgrammeSpec.class,
                SourceTree.parse(yaml, "test").root(), "");
    }

    @Test
    void unsetParametersTakeTheirDocumentedDefaults() {
        assertEquals(bound("{name: kc, start_fiscal_year: 2002, budget_oku_per_year: 5.0}"),
                ProgrammeSpec.builder("kc", 2002, 5.0).build());
    }

    @Test
    void setParametersAreThoseOfTheFile() {
        assertEquals(bound("{name: kc, start_fiscal_year: 2002, budget_oku_per_year: 5.0, regions: [a, b], "
                        + "selection: competition, matching_shortfall: all_or_nothing, networking_share: 0.3, "
                        + "seamless_support: true, regions_selected: 1}"),
                ProgrammeSpec.builder("kc", 2002, 5.0).regions("a", "b").selection(SelectionRule.COMPETITION)
                        .matchingShortfall(MatchingShortfall.ALL_OR_NOTHING).networkingShare(0.3)
                        .seamlessSupport(true).regionsSelected(1).build());
    }

    /** Each parameter with a default has a setter of its name and type that sets that parameter. */
    @Test
    void everyOptionalParameterHasItsSetter() throws ReflectiveOperationException {
        ProgrammeSpec defaults = ProgrammeSpec.builder("kc", 2002, 5.0).build();
        for (RecordComponent c : ProgrammeSpec.class.getRecordComponents()) {
            if (Param.REQUIRED.equals(c.getAnnotation(Param.class).def())) {
                continue;
            }
            Object value = c.getAccessor().invoke(defaults);
            Class<?> type = c.getType() == List.class ? String[].class : c.getType();
            Method setter = ProgrammeSpec.Builder.class.getMethod(c.getName(), type);
            Object argument = value instanceof List<?> list ? list.toArray(new String[0]) : value;
            ProgrammeSpec.Builder b = ProgrammeSpec.builder("kc", 2002, 5.0);
            // The default given explicitly: a setter whose field name is misspelt fails to bind.
            assertEquals(defaults, ((ProgrammeSpec.Builder) setter.invoke(b, argument)).build(), c.getName());
        }
    }

    @Test
    void valuesAreCheckedAsTheLoaderChecksThem() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ProgrammeSpec.builder("kc", 2002, 5.0).grantShare(1.5).build());
        assertTrue(e.getMessage().contains("grant_share"), e.getMessage());
    }
}
