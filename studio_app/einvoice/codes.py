"""The code lists readiness checks against, copied from the official rules so a check here and the rule agree.

- COUNTRIES: ISO 3166-1 alpha-2 as EN 16931 accepts it (BR-CL-14; with 1A Kosovo and XI Northern Ireland), from
  the CEN/TC 434 artefacts 1.3.16, ubl/schematron/codelist/EN16931-UBL-codes.sch.
- VAT_PREFIXES: the same, plus EL for Greece (BR-CO-09).
- PEPPOL_SCHEMES: the electronic address schemes Peppol accepts (PEPPOL-EN16931-CL008, variable "eaid" of
  rules/sch/PEPPOL-EN16931-UBL.sch, Peppol BIS Billing 3.0.19); EM (email) is not one of them.
"""

from __future__ import annotations

COUNTRIES = frozenset("""
1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ
IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH
MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD
TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW
""".split())
VAT_PREFIXES = COUNTRIES | {"EL"}
PEPPOL_SCHEMES = frozenset("""
0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0151 0177 0183 0184 0188 0190 0191 0192 0193 0195
0196 0198 0199 0200 0201 0202 0204 0208 0209 0210 0211 0212 0213 0215 0216 0218 0221 0230 0235 9910 9913 9914
9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939
9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959 0147 0154 0158 0170 0194 0203
0205 0217 0225 0240
""".split())


def _mod97_0208(value: str) -> bool:
    """A Belgian enterprise number (PEPPOL-COMMON-R043): 10 digits, the last two 97 less the first eight mod 97."""
    return len(value) == 10 and value.isdigit() and 97 - int(value[:8]) % 97 == int(value[8:])


def _gln(value: str) -> bool:
    """A GS1 Global Location Number (PEPPOL-COMMON-R040): its last digit is the GS1 check digit."""
    if not (value.isdigit() and len(value) > 1):
        return False
    body = [int(d) for d in value[:-1]][::-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return (10 - total % 10) % 10 == int(value[-1])


def _mod11_0192(value: str) -> bool:
    """A Norwegian organisation number (PEPPOL-COMMON-R041): 9 digits with a mod 11 check digit."""
    if not (len(value) == 9 and value.isdigit()):
        return False
    check = 11 - sum(int(d) * w for d, w in zip(value, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return (0 if check == 11 else check) == int(value[-1])


#: The Peppol participant schemes whose identifiers the Peppol rules check, with that check.
PEPPOL_CHECKS = {"0208": _mod97_0208, "0088": _gln, "0192": _mod11_0192}
