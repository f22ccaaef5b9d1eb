"""The DuitNow QR payload of a Malaysian invoice: built field by field, read back as TLV, its CRC checked."""

from __future__ import annotations

from studio_app.documents import duitnow

# A DuitNow QR made by Maybank's MAE app (natsu90/duitnowqr-test, test.js): our CRC must give its checksum.
MAE = ("00020201021226690014A000000615000101065887340220MAEPP1111351701298070313169138867558252040000530345854041.00"
       "5802MY5925MOHD SULAIMAN BIN HAJI SU6002MY62240520MAEPP1111351701298076304CE76")


def test_crc_matches_a_real_bank_app_code():
    assert duitnow.crc16(MAE[:-4]) == "CE76"
    fields = duitnow.parse(MAE)
    assert duitnow.parse(fields["26"])["00"] == duitnow.GUID and fields["53"] == "458" and fields["58"] == "MY"


def test_payload_carries_bank_account_amount_and_invoice_number():
    text = duitnow.payload(name="Studio Deniz Sdn. Bhd.", city="Kuala Lumpur", bic="MBBEMYKLXXX",
                           account="2019 0100 0005", amount_minor=129_600, reference="INV-2026-0001")
    assert text is not None and text.startswith("000202010212")
    assert duitnow.crc16(text[:-4]) == text[-4:] and text[-8:-4] == "6304"
    fields = duitnow.parse(text)
    merchant = duitnow.parse(fields["26"])
    assert merchant == {"00": "A0000006150001", "01": "588734", "02": "201901000005"}
    assert fields["52"] == "7333" and fields["53"] == "458" and fields["54"] == "1296.00"
    assert fields["59"] == "Studio Deniz Sdn. Bhd." and fields["60"] == "Kuala Lumpur"
    assert duitnow.parse(fields["62"]) == {"01": "INV-2026-0001", "05": "INV-2026-0001"}
    assert list(fields) == ["00", "01", "26", "52", "53", "54", "58", "59", "60", "62", "63"]


def test_names_are_folded_to_what_the_field_holds():
    text = duitnow.payload(name="Çağla Öztürk Reka Bentuk Enterprise", city="", bic="RHBBMYKL",
                           account="1234567890", amount_minor=100, reference="F-1")
    fields = duitnow.parse(text)
    assert fields["59"] == "Cagla Ozturk Reka Bentuk" and len(fields["59"]) <= 25 and fields["60"] == "MY"


def test_no_payload_without_a_known_bank_an_account_or_an_amount():
    base = {"name": "S", "city": "", "account": "123", "amount_minor": 100, "reference": "1"}
    assert duitnow.payload(**{**base, "bic": "ZZZZMYKL"}) is None
    assert duitnow.payload(**{**base, "bic": "MBBEMYKL", "account": ""}) is None
    assert duitnow.payload(**{**base, "bic": "MBBEMYKL", "amount_minor": 0}) is None
    assert duitnow.payload(**{**base, "bic": "MBBEMYKL", "account": "1" * 29}) is None
