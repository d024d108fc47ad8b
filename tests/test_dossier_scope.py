"""A référent works on the dossiers they follow or that are shared with them."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import insert

from refparcours.data import tables
from refparcours.domain import Role
from refparcours.dossiers import PERSON, DossierService
from refparcours.errors import ValidationError
from refparcours.security.audit import Actor
from tests.conftest import TODAY


@pytest.fixture
def accounts(database):
    ids = {}
    with database.engine.begin() as connection:
        for name in ("claire", "karim"):
            ids[name] = uuid.uuid4()
            connection.execute(insert(tables.account).values(id=ids[name], username=name, display_name=name,
                                                             role=Role.REFERENT))
    return ids


def service_for(database, accounts, name):
    return DossierService(database, today=lambda: TODAY, actor=Actor(accounts[name], name), scope=accounts[name])


def test_each_referent_sees_the_dossiers_they_follow(database, accounts):
    claire, karim = service_for(database, accounts, "claire"), service_for(database, accounts, "karim")
    mine = claire.create_dossier({"label": "Famille Gérard"})
    karim.create_dossier({"label": "Famille Girard"})
    assert claire.search("famille") == [mine.hex]
    assert len(DossierService(database).search("famille")) == 2  # an unscoped view (administrator) sees both
    with pytest.raises(ValidationError) as refused:
        karim.load(mine)
    assert "partager" in refused.value.message
    with pytest.raises(ValidationError):
        karim.add_member(PERSON, mine, {"first_name": "Zoë"})


def test_sharing_lets_a_colleague_work_on_the_dossier(database, accounts):
    claire, karim = service_for(database, accounts, "claire"), service_for(database, accounts, "karim")
    dossier = claire.create_dossier({"label": "Famille Gérard"})
    claire.share(dossier, accounts["karim"])
    assert karim.search("gerard") == [dossier.hex]
    karim.add_member(PERSON, dossier, {"first_name": "Zoë"})
    claire.unshare(dossier, accounts["karim"])
    assert karim.search("gerard") == []
